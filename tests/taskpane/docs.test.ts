/**
 * The pane's documentation stays true: every screenshot in docs/taskpane is described and exists, and the README's
 * walkthrough for a coordinator names the four tabs and shows screenshots that exist.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const DOCS = join(ROOT, "docs", "taskpane");

describe("docs/taskpane", () => {
  it("describes every screenshot, and every described one exists", () => {
    const index = readFileSync(join(DOCS, "README.md"), "utf8");
    const described = [...index.matchAll(/`([\w-]+\.png)`/g)].map((m) => m[1]);
    const files = readdirSync(DOCS).filter((f) => f.endsWith(".png"));
    expect([...files].sort()).toEqual([...new Set(described)].sort());
  });
});

describe("README «Панель в Excel»", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("## Панель в Excel: от пустой книги до индекса");
  const section = readme.slice(start, readme.indexOf("\n## ", start + 3));

  it("walks a coordinator from an empty workbook to the index and the chart", () => {
    expect(start).toBeGreaterThan(0);
    for (const text of ["«Создать»", "«Проверить»", "«Свести»", "«Рассчитать»", "Источник (файл)", "ОБР.ИСБ", "диаграмма"]) {
      expect({ text, found: section.includes(text) }).toEqual({ text, found: true });
    }
  });

  it("shows screenshots that exist", () => {
    const images = [...section.matchAll(/\]\((docs\/taskpane\/[\w-]+\.png)\)/g)].map((m) => m[1]);
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const image of images) expect({ image, exists: existsSync(join(ROOT, image)) }).toEqual({ image, exists: true });
  });
});
