import { readFileSync } from "fs";
import { join } from "path";
import { renderFunctionsMarkdown } from "../../src/metadata/help_pages";
import { CATALOG } from "../../src/core";

describe("docs/functions.md", () => {
  it("is what the catalogue renders (run `npm run docs` after changing the catalogue)", () => {
    const onDisk = readFileSync(join(__dirname, "..", "..", "docs", "functions.md"), "utf8");
    expect(onDisk).toBe(renderFunctionsMarkdown(CATALOG));
  });

  it("documents every function with its three spellings and at least one example", () => {
    const md = renderFunctionsMarkdown(CATALOG);
    for (const f of CATALOG) {
      expect(md).toContain(`<a id="${f.id.toLowerCase()}"></a>`);
      expect(md).toContain(`=ОБР.${f.ru.name}(`);
      expect(md).toContain(`=EDU.${f.id}(`);
      expect(md).toContain(`=EDU_${f.id}(`);
      expect(f.examples.length).toBeGreaterThan(0);
    }
  });
});

describe("catalogue completeness", () => {
  it("gives every function and parameter a Russian name and help", () => {
    for (const f of CATALOG) {
      expect(f.ru.name).toMatch(/^[А-ЯЁ][А-ЯЁ0-9_]*$/);
      expect(f.ru.description).toMatch(/[а-яё]/);
      expect(f.ru.help).toMatch(/[а-яё]/);
      for (const p of f.params) {
        expect(p.ru.name).toMatch(/^[а-яё][а-яё0-9_]*$/);
        expect(p.ru.description).toMatch(/[а-яё]/);
      }
    }
  });

  it("has the 22 ids of functions.md with their Russian names", () => {
    const expected: Record<string, string> = {
      SWI: "ИСБ", SWI_GROUP: "ИСБ_ГРУППА", QUADRANT: "ТИП_ШКОЛЫ", EXPECTED_RESULT: "ОЖИДАЕМЫЙ_РЕЗУЛЬТАТ",
      VALUE_ADDED: "ВКЛАД_ШКОЛЫ", SHARE: "ДОЛЯ", BELOW: "НИЖЕ_ПОРОГА", THRESHOLD_STATUS: "СТАТУС_ПОРОГА",
      SHARE_BELOW: "ДОЛЯ_НИЖЕ", MIN_SCORE: "МИН_БАЛЛ", STABLY_LOW: "СТАБИЛЬНО_НИЗКИЕ", BOTTOM_SHARE: "В_НИЖНЕЙ_ДОЛЕ",
      RISK_30: "РИСК_30", DELTA: "ПРИРОСТ", DELTA_PCT: "ПРИРОСТ_ПРОЦ", GAP: "ОСТАТОК_ДО_ЦЕЛИ",
      ACHIEVEMENT: "СТЕПЕНЬ_ДОСТИЖЕНИЯ", PROGRESS: "ПРОГРЕСС", TARGET_STATUS: "СТАТУС_ЦЕЛИ",
      PROGRAM_DEGREE: "СТЕПЕНЬ_РЕАЛИЗАЦИИ", EFFECTIVENESS: "ЭФФЕКТИВНОСТЬ", PLAN_VALUE: "ПЛАН_НА_ГОД",
    };
    expect(Object.fromEntries(CATALOG.map((f) => [f.id, f.ru.name]))).toEqual(expected);
  });
});

describe("README", () => {
  it("lists every function with an example and names the two commands", () => {
    const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
    for (const f of CATALOG) {
      expect(readme).toContain(`\`EDU.${f.id}\``);
      expect(readme).toContain(`=ОБР.${f.ru.name}(`);
    }
    expect(readme).toContain("npm test");
    expect(readme).toContain("npm start");
  });
});
