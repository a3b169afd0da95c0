/**
 * Child process of the memory test: validates one file as the command line would and prints the result
 * with the process's peak resident memory. TypeScript sources are compiled on require (no build needed).
 * Usage: node child_check.js <file> <form>
 */
const fs = require("fs");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(out.outputText, filename);
};

const { checkFile } = require("./check_file.ts");

checkFile(process.argv[2], process.argv[3])
  .then((r) => {
    const codes = [...new Set(r.findings.map((f) => `${f.code}:${f.severity}`))].sort();
    const notes = r.findings.filter((f) => f.severity === "warning" && f.code === "unreadable").map((f) => f.message);
    const errors = r.findings.filter((f) => f.severity === "error").length;
    process.stdout.write(JSON.stringify({ codes, notes, errors, refusal: r.refusal, rows: r.rows, maxRssKiB: process.resourceUsage().maxRSS }));
  })
  .catch((e) => {
    process.stderr.write(String(e && e.stack ? e.stack : e));
    process.exit(1);
  });
