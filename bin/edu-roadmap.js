#!/usr/bin/env node
/**
 * `edu-roadmap`: the compiled command line (lib/, built by `npm run build:cli`, which `npm ci` runs through `prepare`).
 */
"use strict";
let cli;
try {
  cli = require("../lib/cli/index.js");
} catch (e) {
  // Only the build itself missing: a dependency missing inside it is a different problem, shown as it is.
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).startsWith("Cannot find module '../lib/cli/index.js'")) {
    process.stderr.write("Командная строка не собрана: выполните npm run build:cli (или npm ci) в папке проекта.\n");
    process.exit(1);
  }
  throw e;
}
cli.main();
