/**
 * The built task pane in headless Chromium at 320 px, against the test host in place of Office.js: every tab
 * clicked, sheets created and inspected in the host's workbook, keyboard use, text from the workbook shown as
 * text, errors in plain Russian, and no request but the pane's own files and the Office.js address.
 * Screenshots go to docs/taskpane/.
 */
import { mkdirSync, rmSync } from "fs";
import { join, resolve } from "path";
import type { BrowserContext, Page } from "playwright-core";
import { buildHost, buildPane } from "./build";
import { contextRecord, formFileBytes, templateRows, type Row } from "../helpers";
import { resultsSample } from "../../support/results_sample";
import { close, launch, OFFICE_JS, openPane, type OpenOptions, type PaneSession } from "./chromium";
import { serve, type StaticServer } from "./server";

jest.setTimeout(120000);

const SHOTS = resolve(__dirname, "..", "..", "..", "docs", "taskpane");
const XSS = "<img src=x onerror=alert(1)>";

let dir: string;
let hostScript: string;
let server: StaticServer;
let browser: BrowserContext;
let startAssets: string[];

beforeAll(async () => {
  const built = await buildPane();
  dir = built.dir;
  startAssets = built.assets;
  hostScript = await buildHost(dir);
  server = await serve(dir);
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
}, 240000);

afterAll(async () => {
  if (browser) await close(browser);
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sessions: PaneSession[] = [];
async function open(options: OpenOptions = {}): Promise<PaneSession> {
  const s = await openPane(browser, server.url, hostScript, options);
  sessions.push(s);
  return s;
}
afterEach(async () => {
  for (const s of sessions.splice(0)) {
    // Whatever a test did, the page asked for nothing but its own files and Office.js, and showed no dialog.
    expect(s.refused).toEqual([]);
    expect(s.requests.filter((u) => u !== OFFICE_JS && !u.startsWith(`${server.url}/`))).toEqual([]);
    expect(s.dialogs).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.page.close();
  }
});

const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: join(SHOTS, name), fullPage: true });

/** The host's state in the page. */
function hostState<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(() => { const host = window.__host; return ${fn}; })()`) as Promise<T>;
}

async function check(page: Page, formId: string): Promise<void> {
  await page.click(`#form-${formId}`);
  await page.waitForFunction((id) => (document.getElementById(`form-${id}`) as unknown as { checked: boolean }).checked, formId);
}

async function choosePreset(page: Page, formId: string, preset: string, screenshot?: string): Promise<void> {
  await page.click(`#preset-${formId}`);
  if (screenshot) {
    await page.waitForSelector(`#preset-${formId} fluent-option[value="${preset}"]`, { state: "visible" });
    await shot(page, screenshot);
  }
  await page.click(`#preset-${formId} fluent-option[value="${preset}"]`);
  await page.waitForFunction(([id, p]) => (document.getElementById(`preset-${id}`) as unknown as { value: string }).value === p, [formId, preset]);
}

async function resultText(page: Page): Promise<string> {
  await page.waitForSelector("#create-feedback fluent-message-bar");
  return (await page.textContent("#create-feedback .result")) ?? "";
}

describe("the built pane", () => {
  it("starts with its own two scripts and Office.js only, and registers the custom functions", async () => {
    const s = await open();
    const started = s.requests.map((u) => u.replace(server.url, ""));
    expect(started).toEqual(expect.arrayContaining(["/taskpane.html", "/taskpane.css", OFFICE_JS, "/functions.js", "/taskpane.js"]));
    expect(started).toHaveLength(5);
    expect(await hostState<number>(s.page, "host.customFunctions.length")).toBe(22);
    // exceljs is not in anything loaded at start, nor in any chunk of the pane.
    expect(startAssets.filter((a) => a.endsWith(".js")).sort()).toEqual(
      expect.arrayContaining(["functions.js", "taskpane.js"]),
    );
    const scripts = await s.page.evaluate(async () => Promise.all(["functions.js", "taskpane.js"].map(async (f) => (await fetch(f)).text())));
    // (exceljs's code names the parts of an .xlsx package: «xl/worksheets», «sharedStrings.xml».)
    for (const text of scripts) expect(text).not.toMatch(/xl\/worksheets|sharedStrings\.xml/);
    // The tabs' chunks do not hold exceljs either: it comes with the safe loader, on first use.
    const tabChunks = startAssets.filter((a) => /^chunks\/tab-.*\.js$/.test(a));
    expect(tabChunks).toHaveLength(3);
    const chunkTexts = await s.page.evaluate(async (files) => Promise.all(files.map(async (f) => (await fetch(f)).text())), tabChunks);
    for (const text of chunkTexts) expect(text).not.toMatch(/sharedStrings\.xml|exceljs/i);
    expect(startAssets.some((a) => /^chunks\/xlsx\..*\.js$/.test(a))).toBe(true);
    // The functions' script holds no pane code: the functions runtime starts without it.
    expect(scripts[0]).not.toContain("Создать листы");
    expect(scripts[0]).not.toContain("fluent-");
  });

  it("shows four tabs in Russian in one row and the form list with the specs' titles, within 320 px", async () => {
    const s = await open();
    const tabs = await s.page.$$eval("fluent-tab", (els) => els.map((e) => e.textContent?.trim()));
    expect(tabs).toEqual(["Создать", "Проверить", "Свести", "Рассчитать"]);
    expect(await s.page.getAttribute("#tab-create", "title")).toBe("Создать таблицы");
    const boxes = await s.page.$$eval("fluent-tab", (els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), right: r.right })));
    expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
    expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(320);
    const titles = await s.page.$$eval(".form-field label", (els) => els.map((e) => e.textContent));
    expect(titles).toHaveLength(11);
    expect(titles[0]).toBe("Контекстные данные ОО (социальный паспорт школы)");
    await s.page.click("#select-all");
    await s.page.waitForFunction(() => document.querySelectorAll(".preset-box:not([hidden])").length === 7);
    await shot(s.page, "02-create-all-forms.png");
    const wide = await s.page.evaluate(() =>
      [...document.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > 320.5).map((e) => `${e.tagName}#${e.id}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`).slice(0, 8),
    );
    expect(wide).toEqual([]);
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await s.page.click("#select-all");
    await s.page.waitForFunction(() => document.querySelectorAll(".preset-box:not([hidden])").length === 0);
    await s.page.evaluate(() => window.scrollTo(0, 0));
    await shot(s.page, "01-create.png");
  });

  it("creates the chosen sheets with progress, for the coordinator: the context table with the index, the targets with ОБР.* formulas", async () => {
    const s = await open({ query: "?latency=400" });
    await check(s.page, "context");
    await check(s.page, "passport");
    await check(s.page, "targets");
    await choosePreset(s.page, "targets", "targets-yartsevo", "12-preset-list.png");
    expect(await s.page.textContent("#form-targets ~ * .hint, li:has(#form-targets) .preset-box .hint")).toContain("2021");
    await s.page.click("#variant-coordinator");
    await s.page.waitForSelector(".coordinator-only:not([hidden])");
    // Each form with a coordinator's variant says what it computes; the others say nothing.
    expect(await s.page.$$eval(".coordinator-only", (els) => els.map((e) => e.getAttribute("data-coordinator")))).toEqual(["context", "results", "targets"]);
    expect(await s.page.textContent("[data-coordinator='context']")).toContain("ИСБ, группа и тип школы формулами ОБР.*");
    expect(await s.page.textContent("[data-coordinator='results']")).toBe("Вариант координатора: столбец «Доля не преодолевших порог» считают функции ОБР.*.");
    await s.page.evaluate(() => window.scrollTo(0, 0));
    await shot(s.page, "21-create-coordinator.png");
    const before = await hostState<number>(s.page, "host.syncs");
    await s.page.click("#create-sheets");
    await s.page.waitForSelector("#create-feedback .progress:not([hidden])");
    await s.page.waitForFunction(() => /Лист 2 из 3/.test(document.querySelector(".progress-line")?.textContent ?? ""));
    await shot(s.page, "03-create-progress.png");
    const text = await resultText(s.page);
    expect(text).toContain("Создано листов: 3.");
    expect(text).toContain("«Целевые показатели» — Целевые показатели");
    await shot(s.page, "04-create-done.png");
    const names = await hostState<string[]>(s.page, "host.names()");
    expect(names).toEqual(["Контекстные данные", "Паспорт", "Целевые показатели"]);
    const formulas = await hostState<string[]>(s.page, "host.view('Целевые показатели').formulas.flat().filter(Boolean)");
    expect(formulas.join(" ")).toMatch(/EDU\.ACHIEVEMENT\(.*EDU\.PROGRESS|EDU\.PROGRESS\(.*EDU\.ACHIEVEMENT/);
    expect(formulas.join(" ")).toContain("EDU.TARGET_STATUS(");
    expect(formulas.join(" ")).toContain("EDU.PROGRAM_DEGREE(");
    expect(formulas.join(" ")).toContain("EDU.EFFECTIVENESS(");
    expect(await hostState<string[]>(s.page, "host.view('Контекстные данные').values[2].slice(0, 2)")).toEqual(["Код ОО", "Наименование ОО"]);
    // The coordinator's context table: the index of «Рассчитать» right of the check column, over the empty rows.
    expect(text).toContain("«Контекстные данные», столбцы R:AD: ИСБ, группа, тип школы и доли категорий формулами ОБР.* для строк 4–203");
    expect(await hostState<string[]>(s.page, "host.view('Контекстные данные').values[2].slice(17, 21)")).toEqual([
      "ИСБ (формула EDU.SWI)",
      "Группа (формула EDU.SWI_GROUP)",
      "Результат (введите)",
      "Тип школы (формула EDU.QUADRANT)",
    ]);
    expect(await hostState<string>(s.page, "host.view('Контекстные данные').formulas[3][17]")).toMatch(/^=IF\(\$A\$4:\$A\$203="","",EDU\.SWI\(/);
    expect(await hostState<unknown[]>(s.page, "host.view('Паспорт').values[2].slice(4)")).toEqual([]);
    // One sync for the names, one per sheet; the list of existing tables is then read again (2 syncs).
    await s.page.waitForSelector("[data-existing='targets']:not([hidden])");
    expect((await hostState<number>(s.page, "host.syncs")) - before).toBe(1 + 3 + 2);
  });

  it("never changes an existing sheet: a taken name gets «(2)», and the pane says so", async () => {
    const s = await open({ sheets: [{ name: "Паспорт", rows: [["Мой паспорт программы"], ["не трогать"]] }] });
    await check(s.page, "passport");
    await s.page.click("#create-sheets");
    const text = await resultText(s.page);
    expect(text).toContain("Лист «Паспорт» уже был, новый назван «Паспорт (2)».");
    expect(await hostState<unknown>(s.page, "host.view('Паспорт').values")).toEqual([["Мой паспорт программы"], ["не трогать"]]);
    expect(await hostState<string>(s.page, "host.view('Паспорт (2)').values[2][0]")).toBe("Раздел");
  });

  it("shows text from the workbook as text: no dialog, no element made from it", async () => {
    const s = await open({ sheets: [{ name: XSS, rows: [[XSS, "edu-roadmap:context:v1"]] }] });
    await s.page.waitForSelector("[data-existing='context']:not([hidden])");
    const hint = await s.page.textContent("[data-existing='context']");
    expect(hint).toBe(`Уже есть в книге: «${XSS}» (заголовок: «${XSS}»). Будет создан новый лист.`);
    expect(await s.page.evaluate(() => document.querySelectorAll("img").length)).toBe(0);
    await s.page.evaluate(() => window.scrollTo(0, 0));
    await shot(s.page, "05-existing-sheet.png");
    await check(s.page, "context");
    await s.page.click("#create-sheets");
    expect(await resultText(s.page)).toContain("«Контекстные данные» — Контекстные данные ОО");
    expect(await s.page.evaluate(() => document.querySelectorAll("img").length)).toBe(0);
  });

  it("explains Excel's refusal in plain Russian with what to do", async () => {
    const s = await open({ query: "?protected" });
    await check(s.page, "cycle");
    await s.page.click("#create-sheets");
    const text = await resultText(s.page);
    expect(text).toContain("Excel не разрешил изменить книгу");
    expect(text).toContain("Снимите защиту структуры книги");
    expect(text).toContain("Код ошибки Excel: AccessDenied");
    await s.page.locator("#create-feedback").scrollIntoViewIfNeeded();
    await shot(s.page, "06-create-error.png");
  });

  it("refuses a choice it cannot build and says what to do, before touching the workbook", async () => {
    const s = await open();
    await s.page.click("#create-sheets");
    expect(await resultText(s.page)).toContain("Отметьте хотя бы одну таблицу");
    await check(s.page, "finance");
    await s.page.fill("#years-from input", "2030");
    await s.page.fill("#years-to input", "2024");
    await s.page.click("#create-sheets");
    await s.page.waitForFunction(() => /не позже/.test(document.querySelector("#create-feedback")?.textContent ?? ""));
    expect(await hostState<string[]>(s.page, "host.names()")).toEqual([]);
  });

  it("opens every tab; the tabs load on first use, the file reader only when a file is read", async () => {
    const s = await open({ sheets: [{ name: "Лист1", rows: [["Заметки координатора"]] }] });
    for (const [id, heading] of [
      ["check", "Проверить формы"],
      ["consolidate", "Свести формы"],
      ["calculate", "Рассчитать показатели"],
    ]) {
      await s.page.click(`#tab-${id}`);
      await s.page.waitForSelector(`#panel-${id} h2`);
      expect(await s.page.textContent(`#panel-${id} h2`)).toBe(heading);
      expect(await s.page.isHidden("#panel-create")).toBe(true);
      expect(s.requests.some((u) => u.includes(`/chunks/tab-${id}.`))).toBe(true);
    }
    await s.page.waitForFunction(() => !/Поиск таблицы/.test(document.getElementById("calculate-table")?.textContent ?? ""));
    expect(await s.page.textContent("#calculate-table")).toBe("На листе «Лист1» нет таблицы «Контекстные данные ОО (социальный паспорт школы)».");
    // (the tab's underline slides to the new tab: the picture is taken once it is there)
    await s.page.waitForTimeout(500);
    await shot(s.page, "20-calculate-no-table.png");
    // No file was read: the chunk with the safe loader and exceljs was never requested.
    expect(s.requests.some((u) => u.includes("/chunks/xlsx."))).toBe(false);
    await s.page.click("#tab-create");
    expect(await s.page.isVisible("#panel-create")).toBe(true);
  });

  it("is usable with the keyboard alone: tab order, arrows between tabs, Space and Enter, visible focus", async () => {
    const s = await open();
    const active = () => s.page.evaluate(() => document.activeElement?.id ?? "");
    await s.page.keyboard.press("Tab");
    expect(await active()).toBe("tab-create");
    await s.page.keyboard.press("ArrowRight");
    expect(await active()).toBe("tab-check");
    await s.page.waitForSelector("#panel-check h2");
    expect(await s.page.isVisible("#panel-check")).toBe(true);
    await s.page.keyboard.press("ArrowLeft");
    expect(await active()).toBe("tab-create");
    expect(await s.page.isVisible("#panel-create")).toBe(true);
    await s.page.keyboard.press("Tab");
    expect(await active()).toBe("select-all");
    await s.page.keyboard.press("Tab");
    expect(await active()).toBe("form-context");
    await s.page.keyboard.press("Space");
    await s.page.waitForFunction(() => (document.getElementById("form-context") as unknown as { checked: boolean }).checked);
    // Fluent draws the focus ring around the field of the focused checkbox (its custom state `focus-visible`).
    const ring = await s.page.evaluate(() => {
      const field = document.activeElement?.closest("fluent-field");
      return Boolean(field?.matches(":state(focus-visible)")) && getComputedStyle(field as Element).outlineStyle !== "none";
    });
    expect(ring).toBe(true);
    await shot(s.page, "10-keyboard-focus.png");
    // Through the rest of the form to the button, then Enter.
    for (let i = 0; i < 40 && (await active()) !== "create-sheets"; i++) await s.page.keyboard.press("Tab");
    expect(await active()).toBe("create-sheets");
    await s.page.keyboard.press("Enter");
    expect(await resultText(s.page)).toContain("Создано листов: 1.");
    expect(await hostState<string[]>(s.page, "host.names()")).toEqual(["Контекстные данные"]);
  });

  it("tells the user of an Excel too old for the pane what to do", async () => {
    const s = await open({ query: "?api=1.3" });
    await s.page.waitForSelector("fluent-message-bar");
    expect(await s.page.textContent("main")).toContain("Обновите Excel");
    expect(await s.page.$("#create-sheets")).toBeNull();
    await shot(s.page, "11-old-excel.png");
  });
});

// ------------------------------------------------------------------------------------------------ part B tabs

/** A sheet of planted mistakes: a word for a number (G5), a part larger than the whole (H6), no code (A7), markup (F8). */
function plantedSheet(): (string | number | null)[][] {
  return templateRows("context", [
    contextRecord("000101"),
    contextRecord("000102", { "Из малообеспеченных семей": "много" }),
    contextRecord("000103", { "Из неполных семей": 500 }),
    contextRecord("", { "Код ОО": null }),
    contextRecord("000105", { "Численность обучающихся": XSS }),
  ]);
}

const xlsx = async (name: string, formId: string, rows: Row[]) => ({
  name,
  mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  buffer: Buffer.from(await formFileBytes(formId, rows)),
});

async function openTab(page: Page, id: string): Promise<void> {
  await page.click(`#tab-${id}`);
  await page.waitForSelector(`#panel-${id} h2`);
}

const noMarkup = (page: Page): Promise<number> => page.evaluate(() => document.querySelectorAll("img, script:not([src])").length);

describe("«Проверить»", () => {
  it("checks the active sheet: findings by severity, a click or Enter selects the cell, the findings sheet written", async () => {
    const s = await open({ query: "?latency=100", sheets: [{ name: "Прочее", rows: [["не форма"]] }, { name: XSS, rows: plantedSheet() }], active: XSS });
    await openTab(s.page, "check");
    await s.page.click("#check-run");
    await s.page.waitForSelector("#check-summary:not([hidden])");
    const summary = await s.page.textContent("#check-summary");
    expect(summary).toBe(`Лист «${XSS}», форма «Контекстные данные ОО (социальный паспорт школы)» (по скрытой метке шаблона): 4 ошибки, 0 предупреждений.`);
    expect(await s.page.$$eval(".finding-group h4", (els) => els.map((e) => e.textContent))).toEqual(["Ошибки (4)"]);
    const places = await s.page.$$eval(".finding-place", (els) => els.map((e) => e.textContent));
    expect(places).toEqual(["G5 · Из малообеспеченных семей", "H6 · Из неполных семей", "A7 · Код ОО", "F8 · Численность обучающихся"]);
    expect(await s.page.textContent(".finding[data-cell='F8'] .finding-value")).toBe(`Значение: «${XSS}»`);
    expect(await noMarkup(s.page)).toBe(0);
    await shot(s.page, "07-check.png");

    await s.page.click(".finding[data-cell='H6']");
    await s.page.waitForFunction(() => /H6/.test(document.getElementById("check-where")?.textContent ?? ""));
    expect(await hostState(s.page, "host.selection")).toEqual({ sheet: XSS, address: "H6" });
    await s.page.focus(".finding[data-cell='G5']");
    await s.page.keyboard.press("Enter");
    await s.page.waitForFunction(() => /G5/.test(document.getElementById("check-where")?.textContent ?? ""));
    expect(await hostState(s.page, "host.selection")).toEqual({ sheet: XSS, address: "G5" });
    expect(await s.page.textContent("#check-where")).toBe(`Выделена ячейка G5 на листе «${XSS}».`);
    expect(await s.page.$$eval(".finding[aria-current]", (els) => els.map((e) => e.getAttribute("data-cell")))).toEqual(["G5"]);
    await shot(s.page, "13-check-selected.png");

    await s.page.click("#check-write");
    await s.page.waitForSelector("#check-write-feedback fluent-message-bar");
    expect(await s.page.textContent("#check-write-feedback")).toContain("«Замечания»");
    expect(await hostState<string[]>(s.page, "host.names()")).toEqual(["Прочее", XSS, "Замечания"]);
    expect(await hostState<unknown[]>(s.page, "host.view('Замечания').values[3].slice(0, 5)")).toEqual(["эта книга", XSS, "G5", "Из малообеспеченных семей", "много"]);
    expect(await hostState<unknown>(s.page, `host.view(${JSON.stringify(XSS)}).values[4][6]`)).toBe("много");
    await s.page.locator("#check-write-feedback").scrollIntoViewIfNeeded();
    await shot(s.page, "14-check-written.png");
    // Reading the open workbook needs no file reader.
    expect(s.requests.some((u) => u.includes("/chunks/xlsx."))).toBe(false);
  });

  it("checks files chosen from disk, each file's findings apart, and says where a finding of a file is", async () => {
    const s = await open();
    await openTab(s.page, "check");
    await s.page.click("#check-source-files");
    await s.page.waitForSelector("#check-files + .file-button", { state: "visible" });
    await s.page.click("#check-run");
    await s.page.waitForSelector("#check-feedback fluent-message-bar");
    expect(await s.page.textContent("#check-feedback")).toContain("Файлы не выбраны.");
    await s.page.setInputFiles("#check-files", [
      await xlsx("Школа 1.xlsx", "context", [contextRecord("000101"), contextRecord("000102", { "Из неполных семей": "нет данных" })]),
      await xlsx(`${XSS}.xlsx`, "context", [contextRecord("000101"), contextRecord("000201")]),
      { name: "скан.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n") },
    ]);
    expect(await s.page.$$eval(".file-list li", (els) => els.map((e) => e.textContent))).toEqual(["Школа 1.xlsx", `${XSS}.xlsx`, "скан.pdf"]);
    await s.page.click("#check-run");
    await s.page.waitForSelector("#check-summary:not([hidden])");
    expect(await s.page.textContent("#check-summary")).toBe("3 файла, без ошибок — 0: 3 ошибки, 0 предупреждений.");
    expect(await s.page.$$eval(".file-name", (els) => els.map((e) => e.textContent))).toEqual(["Школа 1.xlsx", `${XSS}.xlsx`, "скан.pdf"]);
    const messages = await s.page.$$eval(".finding-message", (els) => els.map((e) => e.textContent ?? ""));
    expect(messages.some((m) => m.includes("файле «Школа 1.xlsx»"))).toBe(true);
    expect(messages.some((m) => /PDF/.test(m))).toBe(true);
    await s.page.click(".file-result:nth-of-type(2) .finding");
    expect(await s.page.textContent("#check-where")).toBe(`Файл «${XSS}.xlsx», лист «Контекстные данные», ячейка A4: откройте файл в Excel, чтобы исправить.`);
    expect(await noMarkup(s.page)).toBe(0);
    expect(s.requests.some((u) => u.includes("/chunks/xlsx."))).toBe(true);
    await s.page.evaluate(() => window.scrollTo(0, 0));
    await shot(s.page, "15-check-files.png");
    await s.page.click("#check-write");
    await s.page.waitForSelector("#check-write-feedback fluent-message-bar");
    expect(await hostState<string[]>(s.page, "host.names()")).toEqual(["Замечания", "Файлы"]);
  });
});

describe("«Свести» and «Рассчитать»", () => {
  const resultsRow = (code: string, score: number): Row => ({
    "Код ОО": code,
    "Учебный год": "2024/2025",
    Процедура: "ЕГЭ",
    Предмет: "Русский язык",
    "Число участников": 20,
    "Не преодолели минимальный порог": 1,
    "Средний балл": score,
  });

  it("consolidates uploaded files into new sheets with progress, reports repeats and a missing school; then inserts the index and the chart", async () => {
    const s = await open({
      query: "?latency=500",
      sheets: [
        { name: "Перечень", rows: [["Перечень школ"], [], ["Код ОО", "Наименование ОО"], ["000101", "СОШ 1"], ["000102", "СОШ 2"], ["000201", "СОШ 3"], ["000202", "СОШ 4"], ["000301", "СОШ № 5 (нет файла)"]] },
        { name: "Результаты", rows: templateRows("results", [resultsRow("000101", 72), resultsRow("000102", 48), resultsRow("000201", 66), resultsRow("000202", 58)]) },
      ],
    });
    await openTab(s.page, "consolidate");
    await s.page.setInputFiles("#consolidate-files", [
      await xlsx("Северный район.xlsx", "context", [contextRecord("000101"), contextRecord("000102", { "Из малообеспеченных семей": 150 })]),
      await xlsx(`${XSS}.xlsx`, "context", [contextRecord("000201", { "Из неполных семей": 10 }), contextRecord("000202", { "Хотя бы один родитель с высшим образованием": 40 }), contextRecord("000101")]),
    ]);
    await s.page.click("#consolidate-schools-sheet");
    await s.page.waitForSelector("#consolidate-list-sheet", { state: "visible" });
    await s.page.waitForFunction(() => (document.getElementById("consolidate-list-sheet") as unknown as { value?: string })?.value === "Перечень");
    await shot(s.page, "08-consolidate.png");
    await s.page.click("#consolidate-run");
    await s.page.waitForFunction(() => /Запись листа/.test(document.querySelector("#consolidate-feedback .progress-line")?.textContent ?? ""));
    await shot(s.page, "16-consolidate-progress.png");
    await s.page.waitForSelector("#consolidate-feedback fluent-message-bar");
    const text = (await s.page.textContent("#consolidate-feedback")) ?? "";
    expect(text).toContain("Свод готов, есть замечания");
    expect(text).toContain("Повтор школы: 2.");
    expect(text).toContain("Нет данных школы: 1.");
    expect(text).toContain("СОШ № 5 (нет файла)");
    expect(text).toContain(`«${XSS}.xlsx»`);
    expect(await noMarkup(s.page)).toBe(0);
    expect(await hostState<string[]>(s.page, "host.names()")).toEqual(["Перечень", "Результаты", "Свод", "Замечания", "Сводка"]);
    const header = await hostState<string[]>(s.page, "host.view('Свод').values[2]");
    const fileCol = header.indexOf("Источник (файл)");
    expect(fileCol).toBeGreaterThan(0);
    expect(await hostState<string[]>(s.page, `host.view('Свод').values.slice(3).map((r) => r[${fileCol}])`)).toEqual([
      "Северный район.xlsx",
      "Северный район.xlsx",
      `${XSS}.xlsx`,
      `${XSS}.xlsx`,
      `${XSS}.xlsx`,
    ]);
    await s.page.locator("#consolidate-feedback").scrollIntoViewIfNeeded();
    await shot(s.page, "17-consolidate-done.png");

    // «Рассчитать» on the consolidated sheet (the active one after «Свести»), with the results sheet.
    await openTab(s.page, "calculate");
    await s.page.waitForFunction(() => /Лист «Свод»/.test(document.getElementById("calculate-table")?.textContent ?? ""));
    expect(await s.page.textContent("#calculate-table")).toBe("Лист «Свод»: 5 строк (4–8), показателей ИСБ — 9.");
    await s.page.waitForFunction(() => (document.getElementById("calculate-result") as unknown as { value?: string })?.value === "sheet:Результаты");
    await shot(s.page, "09-calculate.png");
    await s.page.click("#calculate-run");
    await s.page.waitForSelector("#calculate-feedback fluent-message-bar");
    const done = (await s.page.textContent("#calculate-feedback")) ?? "";
    expect(done).toContain("Расчёт вставлен.");
    expect(done).toContain("Диаграмма «ИСБ и результаты школ»");
    const formulas = await hostState<string[]>(s.page, "host.view('Свод').formulas[3].filter(Boolean)");
    expect(formulas.some((f) => f.startsWith("=EDU.SWI("))).toBe(true);
    expect(formulas).toContain("=EDU.SWI_GROUP($V$4:$V$8)");
    expect(formulas.some((f) => f.startsWith("=EDU.QUADRANT("))).toBe(true);
    expect(formulas.filter((f) => f.startsWith("=EDU.SHARE("))).toHaveLength(9);
    const charts = await hostState<{ type: string; series: { name: string }[] }[]>(s.page, "host.charts('Свод')");
    expect(charts).toHaveLength(1);
    expect(charts[0].type).toBe("XYScatter");
    expect(charts[0].series.map((x) => x.name)).toEqual(["Школы", "ИСБ: 25-й процентиль", "ИСБ: 75-й процентиль", "Результат: 25-й процентиль", "Результат: 75-й процентиль"]);
    await s.page.locator("#calculate-feedback").scrollIntoViewIfNeeded();
    await shot(s.page, "18-calculate-done.png");

    // A second time: the calculation is there already, and the pane says what to do instead of writing over it.
    await s.page.click("#calculate-run");
    await s.page.waitForFunction(() => /уже вставлен/.test(document.getElementById("calculate-feedback")?.textContent ?? ""));
    expect(await s.page.textContent("#calculate-feedback")).toContain("удалите его столбцы и диаграмму");
    expect(await hostState<number>(s.page, "host.charts('Свод').length")).toBe(1);
  });

  it("consolidates results files: the share below the threshold, «По школам» with the 30 % risk, «Пояснения»", async () => {
    const row = resultsSample;
    const s = await open();
    await openTab(s.page, "consolidate");
    await s.page.click("#consolidate-form");
    await s.page.click("#consolidate-form fluent-option[value='results']");
    await s.page.waitForFunction(() => (document.getElementById("consolidate-form") as unknown as { value?: string })?.value === "results");
    await s.page.setInputFiles("#consolidate-files", [
      await xlsx("Результаты 2023-2024.xlsx", "results", [row("000101", "2023/2024", 30, 10, 3.1), row("000102", "2023/2024", 40, 2, 3.9)]),
      await xlsx(`${XSS}.xlsx`, "results", [row("000101", "2024/2025", 30, 12, 3.0), row("000102", "2024/2025", 40, 1, 4.0)]),
    ]);
    await s.page.click("#consolidate-run");
    await s.page.waitForSelector("#consolidate-feedback fluent-message-bar");
    const text = (await s.page.textContent("#consolidate-feedback")) ?? "";
    expect(text).toContain("Свод готов: 4 строки.");
    expect(text).toContain("Доля не преодолевших порог — в столбцах листа «Свод» (значение и формула ОБР.ДОЛЯ).");
    expect(text).toContain("Лист «По школам» (годы 2023/2024, 2024/2025): риск 30 % — 1, стабильно низкие результаты — 0 из 2 школ; пояснения — на листе «Пояснения».");
    expect(await noMarkup(s.page)).toBe(0);
    expect(await hostState<string[]>(s.page, "host.names()")).toEqual(["Свод", "Замечания", "Сводка", "По школам", "Пояснения"]);
    expect(await hostState<string>(s.page, "host.view('Свод').formulas[3][9]")).toBe("=EDU.SHARE(G4,F4)");
    expect(await hostState<unknown[]>(s.page, "host.view('По школам').values[3].slice(0, 2)")).toEqual(["000101", "да"]);
    await s.page.locator("#consolidate-feedback").scrollIntoViewIfNeeded();
    await shot(s.page, "22-consolidate-results.png");
  });

  it("explains a consolidation without files, and a result sheet without the table's schools", async () => {
    const s = await open({
      sheets: [
        { name: "Свод", rows: templateRows("context", [contextRecord("000101"), contextRecord("000102", { "С ОВЗ": 30 })]) },
        { name: "Результаты", rows: templateRows("results", [resultsRow("999999", 70)]) },
      ],
    });
    await openTab(s.page, "consolidate");
    await s.page.click("#consolidate-run");
    await s.page.waitForSelector("#consolidate-feedback fluent-message-bar");
    expect(await s.page.textContent("#consolidate-feedback")).toContain("Файлы школ не выбраны.");
    await openTab(s.page, "calculate");
    await s.page.waitForFunction(() => (document.getElementById("calculate-result") as unknown as { value?: string })?.value === "sheet:Результаты");
    await s.page.click("#calculate-run");
    await s.page.waitForSelector("#calculate-feedback fluent-message-bar");
    const text = (await s.page.textContent("#calculate-feedback")) ?? "";
    expect(text).toContain("нет результатов");
    expect(text).toContain("«Код ОО» в обеих таблицах записаны одинаково");
    await s.page.locator("#calculate-feedback").scrollIntoViewIfNeeded();
    await shot(s.page, "19-calculate-error.png");
    expect(await hostState<string[]>(s.page, "host.view('Свод').values[2]")).not.toContain("ИСБ (формула EDU.SWI)");
  });
});
