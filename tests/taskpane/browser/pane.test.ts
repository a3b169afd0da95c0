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
    // The functions' script holds no pane code: the functions runtime starts without it.
    expect(scripts[0]).not.toContain("Создать листы");
    expect(scripts[0]).not.toContain("fluent-");
  });

  it("shows four tabs in Russian and the form list with the specs' titles, within 320 px", async () => {
    const s = await open();
    const tabs = await s.page.$$eval("fluent-tab", (els) => els.map((e) => e.textContent?.trim()));
    expect(tabs).toEqual(["Создать таблицы", "Проверить", "Свести", "Рассчитать"]);
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

  it("creates the chosen sheets with progress, the coordinator's targets with ОБР.* formulas", async () => {
    const s = await open({ query: "?latency=400" });
    await check(s.page, "context");
    await check(s.page, "passport");
    await check(s.page, "targets");
    await choosePreset(s.page, "targets", "targets-yartsevo", "12-preset-list.png");
    expect(await s.page.textContent("#form-targets ~ * .hint, li:has(#form-targets) .preset-box .hint")).toContain("2021");
    await s.page.click("#variant-coordinator");
    await s.page.waitForSelector(".coordinator-only:not([hidden])");
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

  it("opens every tab; the tabs of part B load on first use", async () => {
    const s = await open();
    for (const [id, heading, file] of [
      ["check", "Проверить формы", "07-check.png"],
      ["consolidate", "Свести формы", "08-consolidate.png"],
      ["calculate", "Рассчитать показатели", "09-calculate.png"],
    ]) {
      await s.page.click(`#tab-${id}`);
      await s.page.waitForSelector(`#panel-${id} h2`);
      expect(await s.page.textContent(`#panel-${id} h2`)).toBe(heading);
      expect(await s.page.isHidden("#panel-create")).toBe(true);
      expect(s.requests.some((u) => u.includes(`/chunks/tab-${id}.`))).toBe(true);
      await shot(s.page, file);
    }
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
