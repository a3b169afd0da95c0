/**
 * Builds the Google Sheets add-on's script into dist/sheets/: Code.js and appsscript.json, ready for `clasp push`.
 *
 * Apps Script runs one global scope and sees only top-level function declarations, and Google Sheets reads a
 * custom function's help from the JSDoc in front of its declaration. So the core is bundled as a library assigned
 * to one global (`var EduSheets`), and AppsScriptTopLevelPlugin then runs that bundle in a bare V8 context (no
 * require, no window — what Apps Script offers), asks it to render the top-level functions from the catalogue it
 * contains, and puts them in front of it. The Russian help is thus written once, in src/core/catalog.ts, and the
 * build fails if the bundle cannot even load without Node or browser globals.
 */
const path = require("path");
const vm = require("vm");
const { sources, Compilation } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const LIBRARY = "EduSheets";
const SCRIPT = "Code.js";
const ROOT = path.resolve(__dirname, "..");

class AppsScriptTopLevelPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AppsScriptTopLevelPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // After any minification, so that nothing strips the JSDoc Google Sheets reads.
        { name: "AppsScriptTopLevelPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        () => {
          const asset = compilation.getAsset(SCRIPT);
          if (!asset) {
            compilation.errors.push(new Error(`${SCRIPT} was not generated`));
            return;
          }
          let topLevel;
          try {
            const lib = vm.runInNewContext(`${asset.source.source()}\n;${LIBRARY}`, {}, { filename: SCRIPT });
            topLevel = lib.renderTopLevel({ library: LIBRARY, catalog: lib.catalog, server: Object.keys(lib.server) });
          } catch (e) {
            compilation.errors.push(new Error(`${SCRIPT}: the bundle does not load in a bare V8 context: ${e && e.stack ? e.stack : e}`));
            return;
          }
          compilation.updateAsset(SCRIPT, new sources.ConcatSource(topLevel, asset.source));
        },
      );
    });
  }
}

/** The Sheets configuration; it runs after the Excel one, whose `clean` would otherwise remove dist/sheets/. */
module.exports = (_env, _options) => ({
  name: "sheets",
  dependencies: ["excel"],
  context: ROOT,
  // No source maps: Apps Script cannot use them. ES2019 syntax for the Apps Script V8 runtime.
  devtool: false,
  target: "es2019",
  entry: { Code: "./sheets/Code.ts" },
  output: {
    path: path.join(ROOT, "dist", "sheets"),
    filename: "[name].js",
    library: { name: LIBRARY, type: "var" },
    pathinfo: false,
    // One file, no chunks loaded later: Apps Script has neither `document` nor `require` to load them with.
    chunkFormat: false,
    chunkLoading: false,
    clean: true,
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { module: "esnext", target: "es2019", sourceMap: false } },
        },
      },
    ],
  },
  // Unused code dropped (most of simple-statistics), but names and layout kept: the script stays readable in the
  // Apps Script editor, where a region's specialist may want to check what runs on their data. The same in a
  // development build, so that what is tested is what ships.
  optimization: {
    usedExports: true,
    sideEffects: true,
    concatenateModules: true,
    minimize: true,
    minimizeOptions: {
      javascript: {
        compress: { defaults: false, unused: true, dead_code: true, side_effects: true },
        mangle: false,
        format: { beautify: true, comments: false },
      },
    },
  },
  performance: { hints: false },
  plugins: [
    new AppsScriptTopLevelPlugin(),
    new CopyWebpackPlugin({ patterns: [{ from: "sheets/appsscript.json", to: "appsscript.json" }] }),
  ],
});

module.exports.LIBRARY = LIBRARY;
module.exports.AppsScriptTopLevelPlugin = AppsScriptTopLevelPlugin;
