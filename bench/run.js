#!/usr/bin/env node
/**
 * `npm run bench`: runs every bench/*.bench.js in name order and writes docs/performance.md with the
 * machine, the date and each benchmark's table. Benchmarks measure; they never pass or fail — the
 * goals are stated next to the numbers so a reader can judge them.
 *
 * Usage: node bench/run.js [name-filter]   (the build must exist: `npm run bench` builds first)
 */
const fs = require("fs");
const os = require("os");
const path = require("path");

async function main() {
  const filter = process.argv[2];
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.js") && (!filter || f.includes(filter)))
    .sort();
  const sections = [];
  for (const file of files) {
    const bench = require(path.join(__dirname, file));
    process.stdout.write(`▶ ${bench.title}\n`);
    const started = Date.now();
    const section = await bench.run();
    process.stdout.write(`${section}\n  (${((Date.now() - started) / 1000).toFixed(1)} s)\n\n`);
    sections.push(`## ${bench.title}\n\n${section}\n`);
  }
  const cpu = os.cpus()[0];
  const header = [
    "# Производительность / Performance",
    "",
    "Создаётся командой `npm run bench`; числа — медиана повторов, если не сказано иное.",
    "",
    `- Дата: ${new Date().toISOString().slice(0, 10)}`,
    `- Машина: ${cpu ? cpu.model : "unknown CPU"}, ${os.cpus().length} ядра, ${(os.totalmem() / 2 ** 30).toFixed(0)} ГиБ ОЗУ, ${os.type()} ${os.release()}`,
    `- Node.js ${process.version}`,
    "",
  ].join("\n");
  if (filter) {
    process.stdout.write("Фильтр задан: docs/performance.md не перезаписан.\n");
    return;
  }
  const target = path.join(__dirname, "..", "docs", "performance.md");
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, `${header}\n${sections.join("\n")}`);
  process.stdout.write(`записано: docs/performance.md\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
