/**
 * Builds the Google Sheets add-on into dist/sheets/: Code.js, Sidebar.html and appsscript.json, ready for
 * `clasp push`. Alone (without the Excel build): `npx webpack --config sheets/webpack.sheets.js --env sheetsOnly`.
 *
 * Apps Script runs one global scope and sees only top-level function declarations, and Google Sheets reads a
 * custom function's help from the JSDoc in front of its declaration. So the core is bundled as a library assigned
 * to one global (`var EduSheets`), and AppsScriptTopLevelPlugin then runs that bundle in a bare V8 context (no
 * require, no window — what Apps Script offers), asks it to render the top-level functions from the catalogue it
 * contains, and puts them in front of it. The Russian help is thus written once, in src/core/catalog.ts, and the
 * build fails if the bundle cannot even load without Node or browser globals.
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { sources, Compilation } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const LIBRARY = "EduSheets";
const SCRIPT = "Code.js";
const SIDEBAR_SCRIPT = "sidebar.js";
const SIDEBAR = "Sidebar.html";
const ROOT = path.resolve(__dirname, "..");
const SIDEBAR_DIR = path.join(__dirname, "sidebar");

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
            topLevel = lib.renderTopLevel({ library: LIBRARY, catalog: lib.catalog, server: Object.keys(lib.server), serverDocs: lib.serverDocs });
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

/**
 * Sidebar.html: one self-contained page for HtmlService — the page template of sheets/sidebar/ with its style sheet
 * and the bundled sidebar script inline (Apps Script serves one file per page: no separate script or style
 * files, no requests). `</` inside the script is escaped so that no text in it can close the script element.
 */
class SidebarHtmlPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SidebarHtmlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "SidebarHtmlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, () => {
        const script = compilation.getAsset(SIDEBAR_SCRIPT);
        if (!script) {
          compilation.errors.push(new Error(`${SIDEBAR_SCRIPT} was not generated`));
          return;
        }
        const template = path.join(SIDEBAR_DIR, "sidebar.html");
        const style = path.join(SIDEBAR_DIR, "sidebar.css");
        compilation.fileDependencies.add(template);
        compilation.fileDependencies.add(style);
        const js = String(script.source.source()).replace(/<\/(script|style)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
        const css = fs.readFileSync(style, "utf8");
        const html = fs.readFileSync(template, "utf8");
        for (const mark of ["/* SIDEBAR_STYLE */", "/* SIDEBAR_SCRIPT */"]) {
          if (html.split(mark).length !== 2) {
            compilation.errors.push(new Error(`sidebar.html must contain ${mark} exactly once`));
            return;
          }
        }
        // Functions as replacements: `$` in the script or style must not be read as a replacement pattern.
        const page = html.replace("/* SIDEBAR_STYLE */", () => css.trim()).replace("/* SIDEBAR_SCRIPT */", () => js.trim());
        compilation.emitAsset(SIDEBAR, new sources.RawSource(page));
        compilation.deleteAsset(SIDEBAR_SCRIPT);
      });
    });
  }
}

/** The Sheets configuration; it runs after the Excel one, whose `clean` would otherwise remove dist/sheets/. */
module.exports = (env, _options) => ({
  name: "sheets",
  ...(env && env.sheetsOnly ? {} : { dependencies: ["excel"] }),
  context: ROOT,
  // No source maps: Apps Script cannot use them. ES2019 syntax for the Apps Script V8 runtime.
  devtool: false,
  target: "es2019",
  entry: {
    Code: { import: "./sheets/Code.ts", library: { name: LIBRARY, type: "var" } },
    // The sidebar's script runs in the browser and talks to Code.js through google.script.run only.
    sidebar: "./sheets/sidebar/sidebar.ts",
  },
  output: {
    path: path.join(ROOT, "dist", "sheets"),
    filename: "[name].js",
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
    splitChunks: false,
    runtimeChunk: false,
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
    new SidebarHtmlPlugin(),
    new CopyWebpackPlugin({ patterns: [{ from: "sheets/appsscript.json", to: "appsscript.json" }] }),
  ],
});

module.exports.LIBRARY = LIBRARY;
module.exports.AppsScriptTopLevelPlugin = AppsScriptTopLevelPlugin;
module.exports.SidebarHtmlPlugin = SidebarHtmlPlugin;
