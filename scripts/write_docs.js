#!/usr/bin/env node
/** Writes docs/functions.md from the function catalogue (run `npm run docs` after changing src/core/catalog.ts). */
const fs = require("fs");
const path = require("path");
const { renderFunctionsMarkdown } = require("../lib/src/metadata/help_pages");
const { CATALOG } = require("../lib/src/core/catalog");

const target = path.join(__dirname, "..", "docs", "functions.md");
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, renderFunctionsMarkdown(CATALOG));
console.log(`записано: ${path.relative(process.cwd(), target)}`);
