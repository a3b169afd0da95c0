/**
 * The Office.js reader: plan → test host → reader → validator finds exactly what it finds on the exceljs round
 * trip of the same plan and the same typed data; big sheets are read in blocks within the payload limit.
 */
import ExcelJS from "exceljs";
import { installHost, run } from "../helpers";
import { readSheet, readSheetHeads, readSheets } from "../../../taskpane/office/read_sheet";
import { writePlan } from "../../../taskpane/office/write_plan";
import { buildSheetPlan, type SheetPlan } from "../../../src/plan";
import { formSpec } from "../../../src/forms/specs";
import { preset } from "../../../src/forms/presets";
import { loadWorkbook, planWorkbookBuffer } from "../../../src/xlsx";
import { validateWorkbook, type CellValue, type SheetTable } from "../../../src/validate";
import type { Host } from "../host";

let host: Host & { done(): void };
afterEach(() => host?.done());

type Typed = (string | number | null)[][];

/** The exceljs round trip: template file, the same values typed into it, read back. */
async function viaExcelJs(plan: SheetPlan, typed: Typed): Promise<SheetTable> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await planWorkbookBuffer([plan])) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  typed.forEach((row, i) => row.forEach((v, j) => v !== null && (ws.getCell(plan.firstDataRow + i, j + 1).value = v)));
  const tables = await loadWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
  return tables.sheets[0];
}

/** The Office.js round trip: the writer, the same values typed through Range.values, the reader. */
async function viaOffice(plan: SheetPlan, typed: Typed, formulas = false): Promise<{ table: SheetTable; syncs: number }> {
  await run(host, (ctx) => writePlan(ctx, plan, plan.sheetName));
  if (typed.length) {
    await run(host, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(plan.sheetName);
      typed.forEach((row, i) => {
        const r = plan.firstDataRow + i;
        ws.getRange(`A${r}:${String.fromCharCode(64 + row.length)}${r}`).values = [row.map((v) => (v === null ? null : v))];
      });
    });
  }
  return run(host, (ctx) => readSheet(ctx, plan.sheetName, { formulas }));
}

const trimmed = (rows: CellValue[][]): CellValue[][] => {
  const out = rows.map((r) => {
    let n = r.length;
    while (n > 0 && (r[n - 1] === null || r[n - 1] === undefined)) n--;
    return r.slice(0, n);
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
};

const CONTEXT_ROWS: Typed = [
  ["670101", "МБОУ СОШ № 1", "Ярцевский район", "город", "2024/2025", 420, 12, 40, 5, 3, 2, 1, 0, 300, 10],
  ["670102", null, "Ярцевский район", "деревня", "2024/2026", "12,5", -1, 500, "1 234", "abc", 2, 1, 0, 300, 10],
  ["670101", "Школа", "Район", "село", "2024/2025", "1 234", "12,5", 40, 5, 3, 2, 1, 0, 1200, 10],
];

describe("readSheet: the same findings as the exceljs round trip", () => {
  it.each([
    ["context", () => buildSheetPlan(formSpec("context"), { dataRows: 12 }), CONTEXT_ROWS],
    ["targets with the Yartsevo preset", () => buildSheetPlan(formSpec("targets"), { preset: preset("targets-yartsevo") }), []],
    ["plan with the regional roadmap", () => buildSheetPlan(formSpec("plan"), { preset: preset("plan-region-2023-2025") }), []],
    ["risk profile with its 12 factors", () => buildSheetPlan(formSpec("risk-profile"), { preset: preset("risk-factors-500") }), []],
  ] as [string, () => SheetPlan, Typed][])("%s", async (_name, make, typed) => {
    host = installHost();
    const plan = make();
    const fromExcelJs = await viaExcelJs(plan, typed);
    const { table } = await viaOffice(plan, typed);
    expect(table.name).toBe(fromExcelJs.name);
    expect(table.marker).toEqual(fromExcelJs.marker);
    expect(table.rows).toEqual(trimmed(fromExcelJs.rows));
    const options = { asOf: "2025-03-01" };
    const expected = validateWorkbook({ sheets: [fromExcelJs] }, plan.formId, options);
    expect(validateWorkbook({ sheets: [table] }, plan.formId, options)).toEqual(expected);
    if (typed.length) expect(expected.length).toBeGreaterThan(3);
  });

  it("reads formulas when asked, as the exceljs reader gives them (without «=»)", async () => {
    host = installHost();
    const plan = buildSheetPlan(formSpec("context"), { dataRows: 6 });
    const fromExcelJs = await viaExcelJs(plan, CONTEXT_ROWS);
    const { table } = await viaOffice(plan, CONTEXT_ROWS, true);
    const check = plan.checkColumn! - 1;
    expect(table.formulas?.[plan.firstDataRow - 1][check]).toBe(fromExcelJs.formulas?.[plan.firstDataRow - 1][check]);
    expect(table.formulas?.[0][0]).toBeNull();
  });

  it("finds the marker of a renamed sheet and marks a hidden sheet", async () => {
    host = installHost();
    const plan = buildSheetPlan(formSpec("cycle"));
    await run(host, (ctx) => writePlan(ctx, plan, "Переименованный"));
    host.sheet("Переименованный").visibility = "Hidden";
    const { table } = await run(host, (ctx) => readSheet(ctx, "Переименованный"));
    expect(table.marker).toEqual({ formId: "cycle", version: plan.version });
    expect(table.hidden).toBe(true);
    expect(validateWorkbook({ sheets: [table] }, "cycle").filter((f) => f.code === "form-not-found")).toEqual([]);
  });
});

describe("readSheets: bounded syncs and payload", () => {
  const bigSheet = (rows: number): (string | number)[][] => [
    ["Заголовок", "edu-roadmap:context:v1"],
    [],
    ["Код ОО", "Наименование ОО"],
    ...Array.from({ length: rows }, (_, i) => [`67${String(i).padStart(4, "0")}`, `Школа № ${i + 1}`, i, i * 2, "город"]),
  ] as (string | number)[][];

  it("reads a 1,500-row sheet in two syncs: the used range, then one block", async () => {
    host = installHost();
    host.addSheet("Контекст", bigSheet(1500));
    const { table, syncs } = await run(host, (ctx) => readSheet(ctx, "Контекст"));
    expect(syncs).toBe(2);
    expect(table.rows).toHaveLength(1503);
    expect(table.rows[1502]).toEqual(["671499", "Школа № 1500", 1499, 2998, "город"]);
    expect(table.rows[1]).toEqual([]);
    expect(table.marker).toEqual({ formId: "context", version: 1 });
  });

  it("reads 12,000 rows in blocks of at most 5,000 rows", async () => {
    host = installHost();
    host.addSheet("Много", bigSheet(12000));
    const { table, syncs } = await run(host, (ctx) => readSheet(ctx, "Много"));
    expect(syncs).toBe(1 + 3);
    expect(table.rows).toHaveLength(12003);
    expect(table.rows[12002][0]).toBe("6711999");
  });

  it("reads a block again in halves when Excel refuses the response as too large", async () => {
    host = installHost({ payloadLimit: 60 * 1024 });
    host.addSheet("Крупный", bigSheet(3000));
    const { table, syncs } = await run(host, (ctx) => readSheet(ctx, "Крупный"));
    expect(table.rows).toHaveLength(3003);
    expect(table.rows[3002][1]).toBe("Школа № 3000");
    expect(syncs).toBeGreaterThan(2);
    expect(syncs).toBeLessThan(30);
  });

  it("reads every sheet with one more sync for the names; an empty sheet is an empty table", async () => {
    host = installHost();
    host.addSheet("Пустой");
    host.addSheet("Данные", [[1, 2], [null, "x"]]);
    const { tables, syncs } = await run(host, (ctx) => readSheets(ctx));
    expect(syncs).toBe(1 + 1 + 1);
    expect(tables).toEqual([
      { name: "Пустой", rows: [] },
      { name: "Данные", rows: [[1, 2], [null, "x"]] },
    ]);
  });

  it("fails with ItemNotFound for a sheet that is not there", async () => {
    host = installHost();
    await expect(run(host, (ctx) => readSheet(ctx, "Нет"))).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("readSheetHeads", () => {
  it("reads the first five rows of every sheet in two syncs and finds the markers", async () => {
    host = installHost();
    host.addSheet("Пустой");
    host.addSheet("Смещённый", [[], [null, "Заголовок", null, "edu-roadmap:plan:v1"], [], [], [], ["шестая строка"]]);
    const plan = buildSheetPlan(formSpec("passport"));
    await run(host, (ctx) => writePlan(ctx, plan, "Паспорт 2024"));
    const before = host.syncs;
    const { tables } = await run(host, (ctx) => readSheetHeads(ctx));
    expect(host.syncs - before).toBe(2);
    expect(tables.map((t) => [t.name, t.marker?.formId])).toEqual([
      ["Пустой", undefined],
      ["Смещённый", "plan"],
      ["Паспорт 2024", "passport"],
    ]);
    expect(tables[1].rows).toEqual([[], [null, "Заголовок", null, "edu-roadmap:plan:v1"]]);
    expect(tables[2].rows.length).toBeLessThanOrEqual(5);
    expect(tables[2].rows[0][0]).toBe(plan.title);
  });
});
