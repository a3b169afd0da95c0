/**
 * Builds what the browser tests serve: the pane exactly as `npm run build` makes it (the Excel part of
 * webpack.config.js, production mode) into a temporary folder, and the test host bundled for the browser.
 * Nothing is written into dist/. The stand-ins of Node's `zlib`, `stream` and `Buffer` that the safe loader of
 * chosen files needs (taskpane/node_shims/webpack_shims.js) are added when webpack.config.js does not add them.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import webpack from "webpack";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { paneNodeShims } = require("../../../taskpane/node_shims/webpack_shims.js");

const ROOT = resolve(__dirname, "..", "..", "..");

function compile(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((ok, fail) =>
    webpack(config, (err, stats) => {
      if (err) return fail(err);
      if (!stats || stats.hasErrors()) return fail(new Error(stats?.toString({ all: false, errors: true }) ?? "webpack failed"));
      ok(stats);
    }),
  );
}

/** The production build of the pane, in a fresh folder. */
export async function buildPane(): Promise<{ dir: string; assets: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "pane-dist-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(ROOT, "webpack.config.js"));
  const configs = await factory({}, { mode: "production" });
  const excel = (Array.isArray(configs) ? configs : [configs]).find((c: webpack.Configuration) => c.name === "excel" || !c.name);
  const shims = paneNodeShims(webpack);
  const hasShims = Boolean(excel.resolve?.fallback?.zlib);
  const resolve = hasShims ? excel.resolve : { ...excel.resolve, fallback: { ...shims.fallback, ...(excel.resolve?.fallback ?? {}) } };
  const plugins = hasShims ? excel.plugins : [...(excel.plugins ?? []), ...shims.plugins];
  const stats = await compile({ ...excel, resolve, plugins, context: ROOT, output: { ...excel.output, path: dir } });
  return { dir, assets: Object.keys(stats.compilation.assets) };
}

/** The test host as one script for the page. */
export async function buildHost(dir: string): Promise<string> {
  await compile({
    mode: "production",
    context: ROOT,
    target: ["web", "es2020"],
    entry: { "test-host": "./tests/taskpane/host/browser.ts" },
    output: { path: dir, filename: "[name].js" },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } } }] },
    performance: { hints: false },
  });
  return join(dir, "test-host.js");
}
