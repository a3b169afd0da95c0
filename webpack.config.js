/**
 * Builds the Excel add-in into dist/: functions.js + functions.json (+ functions.ru.json, help.html),
 * the task pane (taskpane.html loads both chunks: one shared runtime), icons and the manifest.
 * `ADDIN_PUBLIC_URL` (default https://localhost:3000/) is the address the production build is served from.
 * A build (not the dev server, which serves Excel only) also makes the Google Sheets script in dist/sheets/
 * (sheets/webpack.sheets.js), after the Excel one.
 */
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { ExcelMetadataPlugin } = require("./scripts/webpack_metadata_plugin");
const { paneNodeShims } = require("./taskpane/node_shims/webpack_shims");
const sheetsConfig = require("./sheets/webpack.sheets");

const DEV_URL = "https://localhost:3000/";
const PUBLIC_URL = (process.env.ADDIN_PUBLIC_URL || DEV_URL).replace(/\/?$/, "/");

const excelConfig = async (env, options) => {
  const dev = options.mode === "development";
  const baseUrl = dev ? DEV_URL : PUBLIC_URL;
  // The pane reads files chosen from disk with the same safe loader as the command line (Node's zlib/stream/Buffer).
  const shims = paneNodeShims(webpack);
  return {
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      functions: "./functions/functions.ts",
      taskpane: "./taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"], fallback: shims.fallback },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      ...shims.plugins,
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./functions/functions.ts" }),
      new ExcelMetadataPlugin({ baseUrl }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        // The functions' script first: custom functions register before the pane's larger script runs.
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(baseUrl)),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: 3000,
      server: options.https ? { type: "https", options: options.https } : "https",
      client: { overlay: false },
    },
  };
};

module.exports = async (env, options) => {
  const excel = await excelConfig(env, options);
  if (env && env.WEBPACK_SERVE) return excel;
  return [{ ...excel, name: "excel" }, sheetsConfig(env, options)];
};
