/**
 * What webpack needs so that the pane can read files chosen from disk with the same safe loader as the command
 * line (src/xlsx/load_safely.ts, which uses Node's `zlib`, `stream` and `Buffer`): the browser stand-ins of this
 * folder in place of `zlib` and `stream`, the `buffer` package for `Buffer`. Only the chunk that reads files
 * (loaded on first use) contains them. Used by webpack.config.js and by the browser tests' build.
 */
const path = require("path");

/**
 * @param {typeof import("webpack")} webpack
 * @returns {{ fallback: Record<string, string>, plugins: import("webpack").WebpackPluginInstance[] }}
 */
function paneNodeShims(webpack) {
  return {
    fallback: {
      zlib: path.join(__dirname, "zlib.ts"),
      stream: path.join(__dirname, "stream.ts"),
      buffer: require.resolve("buffer/"),
    },
    plugins: [new webpack.ProvidePlugin({ Buffer: ["buffer", "Buffer"] })],
  };
}

module.exports = { paneNodeShims };
