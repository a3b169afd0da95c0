/**
 * `npm start` on a machine without desktop Excel (this one, and CI): it must still serve the add-in over
 * https and print how to sideload it into Excel on the web, not just fail.
 */
import { spawn, type ChildProcess } from "child_process";
import https from "https";
import { join } from "path";

const root = join(__dirname, "..", "..");
const PORT = 3000 + 100 + Math.floor(Math.random() * 800);

function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get({ host: "localhost", port: PORT, path, rejectUnauthorized: false }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

describe("npm start without desktop Excel", () => {
  let child: ChildProcess;
  let output = "";

  beforeAll(async () => {
    child = spawn(process.execPath, [join(root, "scripts", "start.js"), "--web", "--port", String(PORT)], {
      cwd: root,
      detached: true,
      env: { ...process.env, BROWSER: "none" },
    });
    child.stdout!.on("data", (c) => (output += c));
    child.stderr!.on("data", (c) => (output += c));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes("Отправить мою надстройку")) {
          clearInterval(timer);
          resolve();
        } else if (child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`start.js exited early:\n${output}`));
        }
      }, 250);
    });
  }, 180_000);

  afterAll(() => {
    if (child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  });

  it("prints how to sideload into Excel on the web", () => {
    expect(output).toContain(`https://localhost:${PORT}/taskpane.html`);
    expect(output).toContain("manifest.xml");
  });

  it("serves the task pane, the functions and both metadata files over https", async () => {
    expect((await get("/taskpane.html")).status).toBe(200);
    expect((await get("/functions.js")).body).toContain("CustomFunctions.associate");
    const en = JSON.parse((await get("/functions.json")).body);
    const ru = JSON.parse((await get("/functions.ru.json")).body);
    expect(en.functions).toHaveLength(22);
    expect(ru.functions.map((f: { name: string }) => f.name)).toContain("ИСБ");
  });
});
