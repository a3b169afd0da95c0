/**
 * The test host itself: it must refuse what Excel refuses, or the pane's tests prove nothing.
 */
import { createHost, shiftFormula, isWellFormedFormula, type Host } from ".";

function run<T>(host: Host, batch: (ctx: any) => Promise<T>): Promise<T> {
  return host.Excel.run(batch) as Promise<T>;
}

describe("test host: loading and syncing", () => {
  it("throws PropertyNotLoaded for a property that was not loaded, and before the sync completes", async () => {
    const host = createHost();
    host.addSheet("Лист1", [["a", 1]]);
    await run(host, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Лист1").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      const pending = ctx.sync();
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await pending;
      expect(range.values).toEqual([["a", 1]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("counts every sync, including the one Excel.run makes for commands still queued", async () => {
    const host = createHost();
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.add("А");
      await ctx.sync();
      ctx.workbook.worksheets.add("Б");
    });
    expect(host.syncs).toBe(2);
    expect(host.names()).toEqual(["А", "Б"]);
  });

  it("reports isNullObject only after a sync", async () => {
    const host = createHost();
    host.addSheet("Пусто");
    await run(host, async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("Пусто").getUsedRangeOrNullObject(true);
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Нет такого");
      expect(() => used.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(used.isNullObject).toBe(true);
      expect(missing.isNullObject).toBe(true);
    });
  });
});

describe("test host: Excel's rules", () => {
  it("refuses values whose dimensions differ from the range's", async () => {
    const host = createHost();
    const attempt = run(host, async (ctx) => {
      const ws = ctx.workbook.worksheets.add("Лист");
      ws.getRange("A1:B2").values = [["a", "b"]];
      await ctx.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument", message: expect.stringContaining("doesn't match the size") });
    await expect(
      run(host, async (ctx) => {
        ctx.workbook.worksheets.getItem("Лист").getRange("A1:A3").numberFormat = [["@"], ["@"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it.each([
    ["Очень длинное название листа более 31", "InvalidArgument"],
    ["План: 2024", "InvalidArgument"],
    ["Итоги [1]", "InvalidArgument"],
    ["a/b", "InvalidArgument"],
    ["'кавычка", "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["", "InvalidArgument"],
    ["паспорт", "ItemAlreadyExists"],
  ])("refuses the sheet name %j (%s)", async (name, code) => {
    const host = createHost();
    host.addSheet("Паспорт");
    await expect(
      run(host, async (ctx) => {
        ctx.workbook.worksheets.add(name);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code });
    expect(host.names()).toEqual(["Паспорт"]);
  });

  it("accepts a name of exactly 31 characters", async () => {
    const host = createHost();
    const name = "Ж".repeat(31);
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.add(name);
    });
    expect(host.names()).toEqual([name]);
  });

  it("reads typed text as Excel does: formulas, numbers outside text cells, the quote prefix", async () => {
    const host = createHost();
    await run(host, async (ctx) => {
      const ws = ctx.workbook.worksheets.add("Ввод");
      ws.getRange("B1").numberFormat = [["@"]];
      ws.getRange("A1:F1").values = [["12.5", "007", "'-", "=1+1", "TRUE", "2024/2025"]];
      ws.getRange("A2:C2").values = [["+", "text", 3]];
      await ctx.sync().catch((e: { code: string }) => expect(e.code).toBe("InvalidArgument"));
    });
    const v = host.view("Ввод");
    expect(v.values[0]).toEqual([12.5, "007", "-", "", true, "2024/2025"]);
    expect(v.formulas[0][3]).toBe("=1+1");
    expect(v.values[1] ?? []).toEqual([]);
  });

  it("refuses changes of formats and of locked cells on a protected sheet, and lets unlocked cells be filled", async () => {
    const host = createHost();
    await run(host, async (ctx) => {
      const ws = ctx.workbook.worksheets.add("Защита");
      ws.getRange("A2:A10").format.protection.locked = false;
      ws.protection.protect({ allowFormatColumns: true });
      await ctx.sync();
      ws.getRange("A2").values = [["можно"]];
      await ctx.sync();
    });
    expect(host.view("Защита").values[1][0]).toBe("можно");
    for (const change of [
      (ws: any) => (ws.getRange("A1").values = [["нельзя"]]),
      (ws: any) => (ws.getRange("A2").format.font.bold = true),
      (ws: any) => ws.getRange("A2:B2").merge(false),
      (ws: any) => (ws.getRange("A2:A3").dataValidation.rule = { custom: { formula: "=TRUE" } }),
    ]) {
      await expect(
        run(host, async (ctx) => {
          change(ctx.workbook.worksheets.getItem("Защита"));
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: "AccessDenied" });
    }
  });

  it("refuses a request over the payload limit as a whole", async () => {
    const host = createHost({ payloadLimit: 10000 });
    await expect(
      run(host, async (ctx) => {
        const ws = ctx.workbook.worksheets.add("Большой");
        ws.getRange("A1:A500").values = Array.from({ length: 500 }, () => ["строка текста"]);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.names()).toEqual([]);
  });

  it("refuses a response over the payload limit", async () => {
    const host = createHost({ payloadLimit: 20000 });
    host.addSheet("Данные", Array.from({ length: 1000 }, (_, i) => [`строка ${i}`, i]));
    await expect(
      run(host, async (ctx) => {
        ctx.workbook.worksheets.getItem("Данные").getRange("A1:B1000").load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("fails with ApiNotFound for an API newer than the host's requirement sets", async () => {
    const host = createHost({ apiVersion: "1.7" });
    expect(host.Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(host.Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    await expect(
      run(host, async (ctx) => {
        const ws = ctx.workbook.worksheets.add("Лист");
        ws.getRange("A1:A2").dataValidation.rule = { wholeNumber: { operator: "GreaterThan", formula1: 0 } };
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("puts a new conditional format at the top priority", async () => {
    const host = createHost();
    await run(host, async (ctx) => {
      const ws = ctx.workbook.worksheets.add("Лист");
      ws.getRange("A1:A5").conditionalFormats.add("Custom").custom.rule.formula = "=A1>1";
      ws.getRange("A1:A5").conditionalFormats.add("Custom").custom.rule.formula = "=A1>2";
    });
    expect(host.view("Лист").conditionalFormats.map((c) => c.formula)).toEqual(["=A1>2", "=A1>1"]);
  });

  it("copies formulas as a paste does: relative references move, anchored ones stay", async () => {
    const host = createHost();
    await run(host, async (ctx) => {
      const ws = ctx.workbook.worksheets.add("Лист");
      ws.getRange("C4:D4").formulas = [['=IF($A4="","",$B$4+A$3)', "=COUNTIF($A$4:$A4,$A4)"]];
      ws.getRange("C5:D7").copyFrom(ws.getRange("C4:D4"), "Formulas");
    });
    const f = host.view("Лист").formulas;
    expect(f[6][2]).toBe('=IF($A7="","",$B$4+A$3)');
    expect(f[6][3]).toBe("=COUNTIF($A$4:$A7,$A7)");
  });
});

describe("formula text helpers of the host", () => {
  it("moves only unanchored parts and leaves strings and function names alone", () => {
    expect(shiftFormula('=LOG10(B2)&"A1"&$C$3&D$4&$E5', 2, 1)).toBe('=LOG10(C4)&"A1"&$C$3&E$4&$E7');
  });
  it("tells a well-formed formula from text Excel would refuse", () => {
    expect(isWellFormedFormula('=IF(A1="(",1,2)')).toBe(true);
    expect(isWellFormedFormula("-")).toBe(false);
    expect(isWellFormedFormula("=SUM(A1")).toBe(false);
    expect(isWellFormedFormula('="abc')).toBe(false);
  });
});

describe("test host: selection and charts", () => {
  it("selects a range of the active sheet only, and refuses to activate a hidden sheet", async () => {
    const host = createHost();
    host.addSheet("А", [["x"]]);
    host.addSheet("Б", [["y"]]);
    host.sheet("Б").visibility = "Hidden";
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem("А").getRange("B2:C3").select();
      await ctx.sync();
    });
    expect(host.selection).toEqual({ sheet: "А", address: "B2:C3" });
    await expect(
      run(host, async (ctx) => {
        ctx.workbook.worksheets.getItem("Б").activate();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("makes a scatter chart's series from its source (first column X), and sets series from ranges", async () => {
    const host = createHost();
    host.addSheet("Д", [["x", "y", "z"], [1, 2, 3], [4, 5, 6]]);
    await run(host, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Д");
      const chart = ws.charts.add("XYScatter", ws.getRange("A2:C3"), "Columns");
      chart.title.text = "Заголовок";
      const s = chart.series.add("Линия");
      s.setValues(ws.getRange("B2:B3"));
      s.setXAxisValues(ws.getRange("A2:A3"));
      s.chartType = "XYScatterLinesNoMarkers";
      await ctx.sync();
    });
    const [chart] = host.charts("Д");
    expect(chart.title).toBe("Заголовок");
    expect(chart.series.map((s) => [s.name, s.xValues?.range, s.values?.range])).toEqual([
      ["Ряд1", "A2:A3", "B2:B3"],
      ["Ряд2", "A2:A3", "C2:C3"],
      ["Линия", "A2:A3", "B2:B3"],
    ]);
  });

  it.each([
    ["an unknown chart type", (ws: any) => ws.charts.add("Scatter3D", ws.getRange("A1:A2"))],
    ["a series of a 2-D range", (ws: any) => ws.charts.add("XYScatter", ws.getRange("A1:A2")).series.getItemAt(0).setValues(ws.getRange("A1:B2"))],
    ["a series that does not exist", (ws: any) => (ws.charts.add("XYScatter", ws.getRange("A1:A2")).series.getItemAt(3).name = "x")],
    ["an unknown legend position", (ws: any) => (ws.charts.add("XYScatter", ws.getRange("A1:A2")).legend.position = "Middle")],
  ])("refuses %s", async (_what, act) => {
    const host = createHost();
    host.addSheet("Д", [[1, 2], [3, 4]]);
    await expect(
      run(host, async (ctx) => {
        act(ctx.workbook.worksheets.getItem("Д"));
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/InvalidArgument|ItemNotFound/) });
  });

  it("refuses a chart on a protected sheet", async () => {
    const host = createHost();
    host.addSheet("Д", [[1], [2]]);
    await expect(
      run(host, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Д");
        ws.protection.protect();
        ws.charts.add("XYScatter", ws.getRange("A1:A2"));
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
