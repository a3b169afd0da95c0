/**
 * «Проверить» on the open workbook, through the test host: the active sheet read in bounded syncs, the form chosen
 * or recognised, planted mistakes found at their cells, a finding's cell selected in Excel, and the findings sheet
 * written into a new sheet without touching existing ones.
 */
import { checkSheet, readActiveSheet, selectCell } from "../../../taskpane/check/check_sheet";
import { findingsPlans, THIS_WORKBOOK } from "../../../taskpane/check/findings_report";
import { scaffoldPlans } from "../../../taskpane/office/scaffold_plans";
import { AUTO_FORM } from "../../../taskpane/files/process_files";
import { contextRecord, installHost, run, templateRows } from "../helpers";

const XSS = "<img src=x onerror=alert(1)>";

/** A context sheet with planted mistakes: a word for a number (G5), a part larger than the whole (H6), no code (A7). */
function plantedRows(marker = true): (string | number | null)[][] {
  return templateRows(
    "context",
    [
      contextRecord("000101"),
      contextRecord("000102", { "Из малообеспеченных семей": "много" }),
      contextRecord("000103", { "Из неполных семей": 500 }),
      contextRecord("", { "Код ОО": null, "Наименование ОО": XSS }),
    ],
    marker,
  );
}

describe("checking the active sheet", () => {
  it("reads the active sheet in 3 syncs and finds the planted mistakes at their cells (form by marker)", async () => {
    const host = installHost();
    try {
      host.addSheet("Другой", [["не форма"]]);
      host.addSheet("Школы", plantedRows());
      host.state.activeSheet = "Школы";
      const { table, syncs } = await run(host, (ctx) => readActiveSheet(ctx));
      expect(syncs).toBe(3);
      expect(host.syncs).toBe(3);
      const check = checkSheet(table, AUTO_FORM, { asOf: "2025-03-01" });
      expect(check.spec?.id).toBe("context");
      expect(check.by).toBe("marker");
      const at = (cell: string) => check.findings.filter((f) => f.cell === cell).map((f) => f.code);
      expect(at("G5")).toContain("type");
      expect(at("H6")).toContain("part-exceeds-total");
      expect(at("A7")).toContain("required");
      expect(check.findings.find((f) => f.cell === "G5")?.value).toBe("много");
      expect(check.findings.every((f) => f.sheet === "Школы")).toBe(true);
    } finally {
      host.done();
    }
  });

  it("recognises the form by its headers when the marker is gone, and checks against a chosen form", async () => {
    const host = installHost();
    try {
      host.addSheet("Без метки", plantedRows(false));
      const { table } = await run(host, (ctx) => readActiveSheet(ctx));
      const auto = checkSheet(table, AUTO_FORM);
      expect(auto.by).toBe("headers");
      expect(auto.spec?.id).toBe("context");
      const chosen = checkSheet(table, "context");
      expect(chosen.by).toBe("chosen");
      expect(chosen.findings.map((f) => f.code)).toEqual(auto.findings.map((f) => f.code));
      // Against another form the sheet is not found: one file-level finding.
      const wrong = checkSheet(table, "staff");
      expect(wrong.findings).toHaveLength(1);
      expect(wrong.findings[0]).toMatchObject({ code: "form-not-found", severity: "error", cell: "" });
    } finally {
      host.done();
    }
  });

  it("says in Russian when no form is recognised, and what to do", async () => {
    const host = installHost();
    try {
      host.addSheet("Заметки", [["Просто текст"], ["ещё текст"]]);
      const { table } = await run(host, (ctx) => readActiveSheet(ctx));
      const check = checkSheet(table, AUTO_FORM);
      expect(check.by).toBe("none");
      expect(check.spec).toBeUndefined();
      expect(check.findings[0].message).toContain("На листе «Заметки» не найдена ни одна из форм");
      expect(check.findings[0].message).toContain("Выберите форму в списке «Форма»");
    } finally {
      host.done();
    }
  });

  it("reads a long sheet in blocks and reports progress", async () => {
    const host = installHost();
    try {
      const rows = Array.from({ length: 120 }, (_, i) => contextRecord(String(100000 + i)));
      host.addSheet("Длинный", templateRows("context", rows));
      const seen: number[] = [];
      const { table, syncs } = await run(host, (ctx) => readActiveSheet(ctx, { blockRows: 50, onProgress: (p) => seen.push(p.rows) }));
      expect(table.rows).toHaveLength(123);
      expect(seen).toEqual([50, 100, 123]);
      expect(syncs).toBe(1 + 1 + 3);
    } finally {
      host.done();
    }
  });
});

describe("selecting a finding's cell", () => {
  it("activates the finding's sheet and selects the cell, in one sync", async () => {
    const host = installHost();
    try {
      host.addSheet("Первый", [["a"]]);
      host.addSheet("Школы", plantedRows());
      const before = host.syncs;
      await run(host, (ctx) => selectCell(ctx, "Школы", "G5"));
      expect(host.syncs - before).toBe(1);
      expect(host.activeSheet).toBe("Школы");
      expect(host.selection).toEqual({ sheet: "Школы", address: "G5" });
    } finally {
      host.done();
    }
  });

  it("fails with ItemNotFound when the sheet is gone, and the host refuses a selection off the active sheet", async () => {
    const host = installHost();
    try {
      host.addSheet("Первый", [["a"]]);
      host.addSheet("Второй", [["b"]]);
      await expect(run(host, (ctx) => selectCell(ctx, "Удалён", "A1"))).rejects.toMatchObject({ code: "ItemNotFound" });
      await expect(
        run(host, async (ctx) => {
          ctx.workbook.worksheets.getItem("Второй").getRange("A1").select();
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidOperation" });
      expect(host.selection).toBeUndefined();
    } finally {
      host.done();
    }
  });
});

describe("the findings sheet", () => {
  it("writes «Замечания» into a new sheet (a taken name gets «(2)»), one row per finding, text as text", async () => {
    const host = installHost();
    try {
      host.addSheet("Школы", plantedRows());
      host.addSheet("Замечания", [["мои заметки"]]);
      host.state.activeSheet = "Школы";
      const { table } = await run(host, (ctx) => readActiveSheet(ctx));
      const check = checkSheet(table, AUTO_FORM);
      const plans = findingsPlans([{ file: THIS_WORKBOOK, findings: check.findings }], check.spec!.title, false);
      expect(plans.map((p) => p.sheetName)).toEqual(["Замечания"]);
      const written = await run(host, (ctx) => scaffoldPlans(ctx, plans));
      expect(written.sheets.map((s) => s.name)).toEqual(["Замечания (2)"]);
      expect(host.view("Замечания").values).toEqual([["мои заметки"]]);
      const view = host.view("Замечания (2)");
      expect(view.values[2].slice(0, 6)).toEqual(["Файл", "Лист", "Ячейка", "Столбец", "Значение", "Важность"]);
      const rows = view.values.slice(3);
      expect(rows).toHaveLength(check.findings.length);
      const g5 = rows.find((r) => r[2] === "G5");
      expect(g5?.slice(0, 6)).toEqual([THIS_WORKBOOK, "Школы", "G5", "Из малообеспеченных семей", "много", "ошибка"]);
      expect(host.activeSheet).toBe("Замечания (2)");
    } finally {
      host.done();
    }
  });

  it("adds «Файлы» for several files", () => {
    const plans = findingsPlans(
      [
        { file: "a.xlsx", findings: [] },
        { file: "b.xlsx", findings: [] },
      ],
      "Контекстные данные",
      true,
    );
    expect(plans.map((p) => p.sheetName)).toEqual(["Замечания", "Файлы"]);
  });
});
