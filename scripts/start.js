#!/usr/bin/env node
/**
 * `npm start`: serve the add-in on https://localhost:3000 and sideload it.
 *
 * Where desktop Excel can exist (Windows, macOS) the standard `office-addin-debugging start` does both.
 * Elsewhere (Linux, CI, or when that fails) the dev server still starts and the instructions for
 * sideloading into Excel on the web are printed: the add-in must never be left unserved just because
 * there is no desktop Excel on the machine.
 *
 * Options: --web (skip desktop sideloading), --port <n> (default 3000).
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const webOnly = args.includes("--web") || !["win32", "darwin"].includes(process.platform);
const portArg = args.indexOf("--port");
const port = portArg >= 0 ? Number(args[portArg + 1]) : 3000;
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  return r.status === 0;
}

/** The certificate office-addin-dev-certs installs, if the user has installed it; never prompts for sudo here. */
function installedDevCertificate() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { cert: "localhost.crt", key: "localhost.key", ca: "ca.crt" };
  const found = {};
  for (const [k, f] of Object.entries(files)) {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) return undefined;
    found[k] = p;
  }
  return found;
}

function printWebInstructions(trusted) {
  const url = `https://localhost:${port}`;
  console.log(`
────────────────────────────────────────────────────────────────────────
 Надстройка запущена: ${url}/taskpane.html
 Манифест: ${path.join(root, "manifest.xml")}

 Как подключить в Excel в Интернете (excel.office.com):
   1. Откройте книгу, вкладка «Главная» → «Надстройки» → «Дополнительные параметры»
      (или «Вставка» → «Надстройки Office») → «Отправить мою надстройку».
   2. Выберите файл manifest.xml и нажмите «Отправить».
   3. На ленте появится вкладка «Дорожная карта»; функции доступны как =ОБР.ИСБ(...) / =EDU.SWI(...).
${
  trusted
    ? ""
    : `
 Сертификат разработчика не установлен: откройте ${url}/taskpane.html в том же браузере
 и подтвердите исключение безопасности (или выполните: npx office-addin-dev-certs install).`
}
 Остановить сервер: Ctrl+C
────────────────────────────────────────────────────────────────────────
`);
}

function startDevServer(certificate) {
  const serverArgs = ["webpack", "serve", "--mode", "development", "--port", String(port)];
  if (certificate) {
    serverArgs.push("--server-type", "https", "--server-options-cert", certificate.cert, "--server-options-key", certificate.key, "--server-options-ca", certificate.ca);
  }
  const child = spawn(npx, serverArgs, { cwd: root, stdio: ["inherit", "pipe", "inherit"], shell: process.platform === "win32" });
  let announced = false;
  child.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled (successfully|with)/i.test(chunk.toString())) {
      announced = true;
      printWebInstructions(Boolean(certificate));
    }
  });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
}

if (!run(npx, ["tsc", "-p", "tsconfig.cli.json"])) {
  console.error("Не удалось собрать исходный код (tsc). Исправьте ошибки выше и запустите npm start снова.");
  process.exit(1);
}

if (!webOnly && run(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop", "--dev-server", `npm run dev-server -- --port ${port}`])) {
  // office-addin-debugging keeps the dev server running and has sideloaded into desktop Excel.
} else {
  if (!webOnly) console.log("Настольный Excel не найден или не запустился: запускаю сервер для Excel в Интернете.");
  startDevServer(installedDevCertificate());
}
