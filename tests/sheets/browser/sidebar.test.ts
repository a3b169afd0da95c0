/**
 * The sidebar as a user meets it: dist/sheets/Sidebar.html in headless Chromium, its server calls answered by the
 * built Code.js on the SpreadsheetApp double. Click through create → check (a finding selects its cell) →
 * consolidate → index formulas, with the keyboard where a user would use it; no request leaves the page; names
 * from the spreadsheet are shown as text. Screenshots go to docs/sheets/.
 */
import { existsSync, mkdirSync } from "fs";
import { join } from "path";
import type { BrowserContext } from "playwright-core";
import { formSpec } from "../../../src/forms/specs";
import { buildSheetPlan } from "../../../src/plan";
import { loadAddon, SIDEBAR_HTML, type Addon } from "../addon_harness";
import type { DoubleSheet } from "../apps_script_double";
import { CONTEXT_ROW, typeRows, type Fill } from "../helpers";
import { resultsSample } from "../../support/results_sample";
import { CHROMIUM, close, launch, openSidebar, type SidebarSession } from "./sidebar_browser";

const SHOTS = join(__dirname, "..", "..", "..", "docs", "sheets");
const available = existsSync(CHROMIUM) && existsSync(SIDEBAR_HTML);
const suite = available ? describe : describe.skip;

const contextPlan = buildSheetPlan(formSpec("context"), { years: [2024, 2025, 2026] });

/** Waits until `read()` gives `wanted` (the server call of a click runs asynchronously). */
async function until<T>(read: () => T, wanted: T, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (read() !== wanted && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  expect(read()).toBe(wanted);
}

function sheet(addon: Addon, name: string): DoubleSheet {
  const s = addon.double.spreadsheet.sheets.find((x) => x.sheetName === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

suite("the sidebar in Chromium", () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
  });
  afterAll(async () => {
    if (browser) await close(browser);
  });

  const shot = (s: SidebarSession, name: string) => s.page.screenshot({ path: join(SHOTS, name), fullPage: true });
  const clean = (s: SidebarSession) => {
    expect(s.errors).toEqual([]);
    expect(s.requests).toEqual(["https://sidebar.invalid/Sidebar.html"]);
  };

  test("create → check (a finding selects its cell) → consolidate → index formulas", async () => {
    const addon = loadAddon({ sheets: ["Лист1"] });
    const s = await openSidebar(browser, addon, { latency: 30 });
    const { page } = s;
    await page.locator("#form-context").waitFor();
    await shot(s, "01-create.png");

    // Create: the context form and the targets with the Yartsevo indicators, for the coordinator.
    await page.locator("label[for=form-context]").click();
    await page.locator("label[for=form-targets]").click();
    await page.locator("#preset-targets").selectOption("targets-yartsevo");
    await page.locator("label[for=variant-coordinator]").click();
    await expect(page.locator("li", { has: page.locator("#form-context") }).locator(".hint").last().textContent()).resolves.toBe(
      "Для координатора — справа от таблицы формулы EDU_SWI, EDU_SWI_GROUP, EDU_QUADRANT.",
    );
    // A full-page picture from the top: scrolled, the sticky tab bar would be drawn over the list.
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(s, "02-create-choice.png");
    await page.locator("#create-sheets").click();
    await page.locator("#create-status .notice.good").waitFor();
    await expect(page.locator("#create-status").textContent()).resolves.toContain("Создано 2 листа.");
    // The coordinator's context sheet got the index formulas of «ИСБ» over its empty rows, and the sidebar says where.
    await expect(page.locator("#create-status").textContent()).resolves.toContain("На листе «Контекстные данные» в столбцах R–U вставлены формулы для строк 4–203");
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(s, "03-create-done.png");
    expect(addon.double.spreadsheet.sheets.map((x) => x.sheetName)).toEqual(["Лист1", "Контекстные данные", "Целевые показатели"]);
    const targets = [...sheet(addon, "Целевые показатели").cells.values()].map((c) => c.formula ?? "");
    expect(targets.some((f) => f.includes("EDU_TARGET_STATUS("))).toBe(true);
    expect(sheet(addon, "Контекстные данные").cell(4, 18)?.formula).toMatch(/^=ARRAYFORMULA\(IF\(A4:A203="","",EDU_SWI\(/);

    // A municipality fills the context sheet, with mistakes.
    const ctx = sheet(addon, "Контекстные данные");
    typeRows(ctx, contextPlan, [
      CONTEXT_ROW,
      { ...CONTEXT_ROW, "Код ОО": "670102", "Наименование ОО": "МБОУ СОШ № 2", "Численность обучающихся": 250, "Из малообеспеченных семей": 300 },
      { ...CONTEXT_ROW, "Код ОО": "670103", "Наименование ОО": null, "Тип местности": "посёлок", "Численность обучающихся": 96, "Хотя бы один родитель с высшим образованием": 40 },
    ]);
    addon.double.spreadsheet.activeSheet = ctx;

    // Check, reached with the keyboard: from the first tab, → moves to «Проверить».
    await page.locator("#tab-create").focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("#tab-check").getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("tab-check");
    await page.locator("#check-sheet").click();
    await page.locator("#check-summary").waitFor();
    const items = page.locator("#check-result .finding");
    await expect(items.count()).resolves.toBe(3);
    await expect(page.locator("#check-summary").textContent()).resolves.toBe(
      "Лист «Контекстные данные» — форма «Контекстные данные ОО (социальный паспорт школы)» (по метке шаблона): 3 ошибки, 0 предупреждений.",
    );
    await expect(items.locator(".cell").allTextContents()).resolves.toEqual(["G5", "B6", "D6"]);
    await shot(s, "04-check.png");
    // A click selects the cell; so does Enter on a finding reached with Tab.
    addon.double.spreadsheet.activeSheet = addon.double.spreadsheet.sheets[0];
    await items.nth(1).click();
    await until(() => ctx.activeRange?.getA1Notation(), "B6");
    expect(addon.double.spreadsheet.activeSheet?.sheetName).toBe("Контекстные данные");
    await items.nth(2).focus();
    await page.keyboard.press("Enter");
    await until(() => ctx.activeRange?.getA1Notation(), "D6");
    await shot(s, "05-check-focus.png");

    // Two more sheets of the form, as schools sent them; the first school appears twice.
    for (const [name, rows] of [
      ["Школа 7", [{ ...CONTEXT_ROW, "Код ОО": "670107", "Наименование ОО": "МБОУ СОШ № 7", "Тип местности": "село", "Численность обучающихся": 120, "Из малообеспеченных семей": 30 }]],
      ["Школа 1 (повтор)", [CONTEXT_ROW]],
    ] as [string, Fill[]][]) {
      addon.run("scaffoldForms", { forms: [{ formId: "context" }], years: { from: 2024, to: 2026 }, variant: "school" });
      const added = addon.double.spreadsheet.sheets[addon.double.spreadsheet.sheets.length - 1];
      added.setName(name);
      typeRows(added, contextPlan, rows);
    }
    await page.locator("#tab-consolidate").click();
    await page.locator("#consolidate-run").waitFor();
    await expect(page.locator("#consolidate-sheets label").allTextContents()).resolves.toEqual(["Контекстные данные", "Школа 7", "Школа 1 (повтор)"]);
    await shot(s, "06-consolidate.png");
    await page.locator("#consolidate-run").click();
    await page.locator("#consolidate-status .notice").waitFor();
    await expect(page.locator("#consolidate-status").textContent()).resolves.toMatch(/^Лист «Свод — Контекстные данные»: 5 строк из 3 листов; 6 ошибок/);
    await shot(s, "07-consolidate-done.png");
    expect(addon.double.spreadsheet.activeSheet?.sheetName).toBe("Свод — Контекстные данные");
    const duplicate = page.locator("#consolidate-result .finding", { hasText: "встречается на 2 листах" }).first();
    await duplicate.click();
    await until(() => addon.double.spreadsheet.activeSheet?.sheetName, "Контекстные данные");
    addon.double.spreadsheet.activeSheet = sheet(addon, "Свод — Контекстные данные");

    // Index formulas next to the consolidated table.
    await page.locator("#tab-index").click();
    await page.locator("#index-insert").waitFor();
    await shot(s, "08-index.png");
    await page.locator("#index-insert").click();
    await page.locator("#index-status .notice.good").waitFor();
    await expect(page.locator("#index-result code").first().textContent()).resolves.toMatch(/^=EDU_SWI\(ARRAYFORMULA\(\{IFERROR\(IF\(G4:G8="","",G4:G8\/\$F\$4:\$F\$8\),""\)/);
    await shot(s, "09-index-done.png");
    const swi = [...sheet(addon, "Свод — Контекстные данные").cells.values()].find((c) => c.formula?.startsWith("=EDU_SWI("));
    expect(swi).toBeDefined();
    clean(s);
    expect(s.calls).toEqual([
      "sidebarState",
      "existingForms",
      "scaffoldForms",
      "existingForms",
      "validateActiveSheet",
      "selectCell",
      "selectCell",
      "consolidationCandidates",
      "consolidateSheets",
      "selectCell",
      "indexFormulaOptions",
      "insertIndexFormulas",
    ]);
    await s.page.close();
  });

  test("«Свести» of results sheets: the share, «По школам» with the 30 % risk and «Пояснения»", async () => {
    const addon = loadAddon({ sheets: ["Лист1"] });
    const plan = buildSheetPlan(formSpec("results"), { years: [2024, 2025, 2026] });
    const row = resultsSample;
    for (const [name, rows] of [
      ["Результаты 2023-2024", [row("670101", "2023/2024", 30, 10, 3.1), row("670102", "2023/2024", 40, 2, 3.9)]],
      ["<img src=x onerror=alert(1)>", [row("670101", "2024/2025", 30, 12, 3.0), row("670102", "2024/2025", 40, 1, 4.0)]],
    ] as [string, Fill[]][]) {
      addon.run("scaffoldForms", { forms: [{ formId: "results" }], years: { from: 2024, to: 2026 }, variant: "school" });
      const added = addon.double.spreadsheet.sheets[addon.double.spreadsheet.sheets.length - 1];
      added.setName(name);
      typeRows(added, plan, rows);
    }
    const s = await openSidebar(browser, addon, { tab: "consolidate" });
    const { page } = s;
    await page.locator("#consolidate-run").waitFor();
    await expect(page.locator("#consolidate-form option:checked").textContent()).resolves.toBe("Результаты (2 листа)");
    // A sheet's name is shown as text.
    await expect(page.locator("#consolidate-sheets label").allTextContents()).resolves.toEqual(["Результаты 2023-2024", "<img src=x onerror=alert(1)>"]);
    await page.locator("#consolidate-run").click();
    await page.locator("#consolidate-status .notice.good").waitFor();
    await expect(page.locator("#consolidate-status").textContent()).resolves.toBe(
      "Лист «Свод — Результаты»: 4 строки из 2 листов; замечаний нет. Доля не преодолевших порог — в столбце «Доля не преодолевших порог»; " +
        "на листе «По школам — Результаты»: риск 30 % — 1, стабильно низкие результаты — 0 из 2 школ; пояснения — на листе «Пояснения — Результаты».",
    );
    await shot(s, "12-consolidate-results.png");
    expect(await page.locator("img").count()).toBe(0);
    expect(addon.double.spreadsheet.sheets.map((x) => x.sheetName).slice(3)).toEqual(["Свод — Результаты", "По школам — Результаты", "Пояснения — Результаты"]);
    clean(s);
    await s.page.close();
  });

  test("from the menu «Проверить текущий лист» the sidebar opens on the check and runs it", async () => {
    const addon = loadAddon();
    addon.run("scaffoldForms", { forms: [{ formId: "context" }], years: { from: 2024, to: 2026 }, variant: "school" });
    typeRows(sheet(addon, "Контекстные данные"), contextPlan, [CONTEXT_ROW]);
    const s = await openSidebar(browser, addon, { tab: "check" });
    await s.page.locator("#check-summary").waitFor();
    await expect(s.page.locator("#panel-check").isVisible()).resolves.toBe(true);
    await expect(s.page.locator("#check-summary").textContent()).resolves.toBe("Лист «Контекстные данные» — форма «Контекстные данные ОО (социальный паспорт школы)» (по метке шаблона): ошибок нет.");
    await shot(s, "10-menu-check.png");
    clean(s);
    await s.page.close();
  });

  test("refusals in plain Russian; names from the spreadsheet stay text", async () => {
    const evil = "<img src=x onerror=alert(1)>";
    const addon = loadAddon({ sheets: ["Лист1"] });
    addon.run("scaffoldForms", { forms: [{ formId: "context" }], years: { from: 2024, to: 2026 }, variant: "school" });
    sheet(addon, "Контекстные данные").setName(evil);
    const s = await openSidebar(browser, addon);
    const { page } = s;
    await page.locator("#form-context").waitFor();
    await expect(page.locator("li", { has: page.locator("#form-context") }).locator(".existing").textContent()).resolves.toBe(`Уже есть: «${evil}». Будет создан новый лист.`);
    await page.locator("#create-sheets").click();
    await expect(page.locator("#create-status [role=alert]").textContent()).resolves.toBe("Отметьте хотя бы одну таблицу в списке.");
    await page.locator("label[for=form-targets]").click();
    await page.locator("#years-from").fill("2024");
    await page.locator("#years-to").fill("2040");
    await page.locator("#create-sheets").click();
    await page.locator("#create-status [role=alert]").waitFor();
    await expect(page.locator("#create-status [role=alert]").textContent()).resolves.toMatch(/^Годы программы: не больше 10 лет/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(s, "11-create-error.png");
    // The index tab on a sheet that is not a context table says what to open.
    addon.double.spreadsheet.activeSheet = addon.double.spreadsheet.sheets[0];
    await page.locator("#tab-index").click();
    await page.locator("#index-status [role=alert]").waitFor();
    await expect(page.locator("#index-status").textContent()).resolves.toMatch(/^Лист «Лист1» — не таблица контекстных данных/);
    expect(await page.locator("img").count()).toBe(0);
    clean(s);
    await s.page.close();
  });
});
