/**
 * The deploy story and the screenshots' index stay true to what the build makes.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const read = (...p: string[]) => readFileSync(join(ROOT, ...p), "utf8");

describe("README «Google Таблицы»", () => {
  const readme = read("README.md");
  const section = readme.slice(readme.indexOf("## Google Таблицы"), readme.indexOf("\n## ", readme.indexOf("## Google Таблицы") + 3));

  test("says how to install with clasp and without it, and how a row's error looks", () => {
    expect(section.length).toBeGreaterThan(500);
    for (const text of ["npm run build", "npx @google/clasp login", "--rootDir dist/sheets", "npx @google/clasp push", "clasp clone", "Тестовые развертывания", "Расширения → Apps Script", "Code.gs", "Sidebar", "#N/A"]) {
      expect({ text, found: section.replace(/\s+/g, " ").includes(text) }).toEqual({ text, found: true });
    }
  });

  test("the .clasp.json example points clasp at dist/sheets and holds no credentials", () => {
    const example = JSON.parse(read("sheets", ".clasp.json.example")) as Record<string, string>;
    expect(example.rootDir).toBe("dist/sheets");
    expect(Object.keys(example).sort()).toEqual(["rootDir", "scriptId"]);
  });
});

describe("docs/sheets", () => {
  test("every screenshot is described, and every described one exists", () => {
    const dir = join(ROOT, "docs", "sheets");
    const index = readFileSync(join(dir, "README.md"), "utf8");
    const described = [...index.matchAll(/`(\d\d-[a-z-]+\.png)`/g)].map((m) => m[1]);
    expect(described.length).toBeGreaterThanOrEqual(10);
    for (const f of described) expect({ f, exists: existsSync(join(dir, f)) }).toEqual({ f, exists: true });
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".png"))) expect(described).toContain(f);
  });
});
