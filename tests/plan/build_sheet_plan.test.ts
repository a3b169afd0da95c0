import { formSpec, FORMS, materializeForm } from "../../src/forms";
import { preset } from "../../src/forms/presets";
import { buildSheetPlan, CHECK_HEADER, MAX_FORMULA_LENGTH, isValidSheetName, parseA1, type SheetPlan } from "../../src/plan";

const byHeader = (plan: SheetPlan, header: string) => plan.columns.find((c) => c.header === header)!;
const dvOf = (plan: SheetPlan, header: string) => plan.validations.find((v) => v.range.startsWith(`${byHeader(plan, header).letter}${plan.firstDataRow}:`))!;
const checkTemplate = (plan: SheetPlan) => plan.formulas.find((f) => f.col === plan.checkColumn)!.template;

describe("buildSheetPlan: context", () => {
  const plan = buildSheetPlan(formSpec("context"));

  test("layout: title, instruction, one header row, data from row 4, 200 rows by default", () => {
    expect([plan.titleRow, plan.instructionRow, plan.headerRow, plan.firstDataRow, plan.lastDataRow]).toEqual([1, 2, 3, 4, 203]);
    expect(plan.cells.find((c) => c.address === "A1")?.value).toBe("Контекстные данные ОО (социальный паспорт школы)");
    expect(plan.cells.find((c) => c.address === "A2")?.style).toBe("instruction");
    const headers = plan.cells.filter((c) => c.row === 3).sort((a, b) => a.col - b.col);
    expect(headers.map((c) => c.value)).toEqual([...formSpec("context").columns.map((c) => c.header), CHECK_HEADER]);
    expect(plan.frozen).toEqual({ rows: 3, columns: 2 });
    expect(plan.merges).toEqual(["A1:O1", "A2:O2"]);
  });

  test("hidden marker just right of the last form column, in the title row; check column after it", () => {
    expect(plan.marker).toBe("edu-roadmap:context:v1");
    expect(plan.markerCell).toBe("P1");
    expect(plan.cells.find((c) => c.address === "P1")?.value).toBe("edu-roadmap:context:v1");
    expect(plan.columns.find((c) => c.role === "marker")).toMatchObject({ letter: "P", hidden: true });
    expect(plan.columns.find((c) => c.role === "check")).toMatchObject({ letter: "Q", header: CHECK_HEADER, hidden: false });
    expect(plan.checkColumn).toBe(17);
  });

  test("one validation per input column, covering exactly the data rows", () => {
    expect(plan.validations).toHaveLength(15);
    for (const v of plan.validations) {
      const [from, to] = v.range.split(":").map(parseA1);
      expect(from.col).toBe(to.col);
      expect([from.row, to.row]).toEqual([plan.firstDataRow, plan.lastDataRow]);
      expect(v.allowBlank).toBe(true);
      expect(v.prompt?.title.length).toBeLessThanOrEqual(32);
      expect(v.prompt?.text.length).toBeLessThanOrEqual(255);
      expect(v.error?.text.length ?? 0).toBeLessThanOrEqual(255);
      if (v.type === "custom" || v.type === "list") expect(String(v.formulae[0]).length).toBeLessThanOrEqual(255);
    }
    expect(dvOf(plan, "Тип местности")).toMatchObject({ type: "list", formulae: ['"город,село"'] });
    expect(dvOf(plan, "Численность обучающихся")).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [1] });
    expect(dvOf(plan, "Из неполных семей")).toMatchObject({ type: "custom", formulae: ["AND(ISNUMBER($H4),MOD($H4,1)=0,$H4>=0,OR(NOT(ISNUMBER($F4)),$H4<=$F4))"] });
    expect(dvOf(plan, "Учебный год").type).toBe("custom");
    expect(dvOf(plan, "Код ОО")).toMatchObject({ type: "any", prompt: { title: "Код ОО" } });
  });

  test("the check column names the problems by field, referring to the right columns", () => {
    const t = checkTemplate(plan);
    expect(t.startsWith('IF(SUMPRODUCT(LEN(TRIM($A{row}:$O{row})))=0,"",SUBSTITUTE("✓"&')).toBe(true);
    expect(t).toContain('"; Код ОО: не заполнено"');
    expect(t).toContain("COUNTIF($A$4:$A{row},$A{row}&\"\")>1");
    // part ≤ total: Из неполных семей (H) against Численность обучающихся (F)
    expect(t).toMatch(/IFERROR\(\(VALUE\(SUBSTITUTE\(SUBSTITUTE\(SUBSTITUTE\(\$H\{row\}.*\)\)>\(VALUE\(SUBSTITUTE\(SUBSTITUTE\(SUBSTITUTE\(\$F\{row\}/);
    expect(t.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
    const runs = plan.formulas.filter((f) => f.col === plan.checkColumn);
    expect(runs).toHaveLength(1);
    expect(runs[0].rows).toEqual([[4, 203]]);
  });

  test("check items: every native problem text with its field and code", () => {
    expect(plan.checkItems).toEqual(
      expect.arrayContaining([
        { field: "Код ОО", code: "required", text: "не заполнено" },
        { field: "Код ОО", code: "unique", text: "повторяется выше" },
        { field: "Тип местности", code: "enum", text: "значение не из списка" },
        { field: "Учебный год", code: "pattern", text: "нужен учебный год вида 2024/2025" },
        { field: "Численность обучающихся", code: "type", text: "нужно целое число" },
        { field: "Численность обучающихся", code: "range", text: "вне границ: целое число больше 0" },
        { field: "С ОВЗ", code: "part-exceeds-total", text: "больше, чем «Численность обучающихся»" },
      ]),
    );
    expect(plan.checkItems.some((i) => i.field === "Муниципальное образование" && i.code === "enum")).toBe(false);
  });

  test("conditional formats: error cells by the check column, share warnings, the check column", () => {
    const looks = plan.conditionalFormats.map((c) => c.look);
    expect(looks.filter((l) => l === "warning")).toHaveLength(9);
    expect(plan.conditionalFormats[0]).toEqual({ range: "A4:O203", formula: 'ISNUMBER(SEARCH("; "&A$3&":","; "&$Q4))', look: "error" });
    const warnG = plan.conditionalFormats.find((c) => c.look === "warning" && c.range === "G4:G203")!;
    expect(warnG.formula).toContain("$G4");
    expect(warnG.formula).toContain("$F4");
    expect(warnG.formula).toContain(">0.9");
  });

  test("protection without a password; autofilter on the header; data cells editable", () => {
    expect(plan.protection?.password).toBeNull();
    expect(plan.autoFilter).toBe("A3:O3");
    expect(plan.styles.input.locked).toBe(false);
    expect(plan.styles.header.locked).toBe(true);
    expect(plan.styles.derived.locked).toBe(true);
    expect(plan.print.area).toBe("A1:O203");
  });

  test("a plain serialisable object", () => {
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  test("snapshot of the native parts", () => {
    expect(plan.validations.map((v) => ({ range: v.range, type: v.type, operator: v.operator, formulae: v.formulae }))).toMatchSnapshot();
    expect(plan.checkItems).toMatchSnapshot();
  });
});

describe("buildSheetPlan: options", () => {
  test("a school's one-row context sheet", () => {
    const plan = buildSheetPlan(formSpec("context"), { dataRows: 1 });
    expect(plan.lastDataRow).toBe(4);
    expect(plan.validations.every((v) => v.range.endsWith("4") && v.range.split(":")[0].endsWith("4"))).toBe(true);
  });

  test("sheet name is made valid; title and instruction may be overridden", () => {
    const plan = buildSheetPlan(formSpec("plan"), { sheetName: "План: 2024/2025 [школа № 2] и ещё длинное", title: "План школы № 2" });
    expect(isValidSheetName(plan.sheetName)).toBe(true);
    expect(plan.sheetName).toBe("План 2024 2025 школа № 2 и ещё");
    expect(plan.title).toBe("План школы № 2");
    for (const f of FORMS) expect(buildSheetPlan(f, { years: [2024] }).sheetName).toBe(f.sheetName);
  });

  test("municipalities: a hidden list, a drop-down and a native check", () => {
    const plan = buildSheetPlan(formSpec("context"), { municipalities: ["Ярцевский район", " Тамбовский район ", ""] });
    expect(plan.lists).toEqual([{ name: "municipalities", col: 18, range: "$R$4:$R$5", values: ["Ярцевский район", "Тамбовский район"] }]);
    expect(plan.columns.find((c) => c.index === 18)).toMatchObject({ role: "list", hidden: true });
    expect(dvOf(plan, "Муниципальное образование")).toMatchObject({ type: "list", formulae: ["$R$4:$R$5"] });
    expect(plan.checkItems).toContainEqual({ field: "Муниципальное образование", code: "enum", text: "нет в перечне" });
    expect(plan.cells.find((c) => c.address === "R5")?.value).toBe("Тамбовский район");
  });

  test("without protection or check column", () => {
    const plan = buildSheetPlan(formSpec("results"), { protect: false, checkColumn: false });
    expect(plan.protection).toBeUndefined();
    expect(plan.checkColumn).toBeUndefined();
    expect(plan.formulas).toHaveLength(0);
    expect(plan.conditionalFormats.some((c) => c.look === "error")).toBe(false);
  });

  test("a materialised form is taken as it is", () => {
    const form = materializeForm(formSpec("finance"), { years: [2018, 2021], dataRows: 3 });
    const plan = buildSheetPlan(form);
    expect(plan.lastDataRow).toBe(6);
    expect(plan.columns.filter((c) => c.role === "input").map((c) => c.header)).toContain("Объём средств 2021, руб.");
  });
});

describe("buildSheetPlan: results", () => {
  const plan = buildSheetPlan(formSpec("results"));
  test("drop-downs and conditional checks", () => {
    expect(dvOf(plan, "Процедура")).toMatchObject({ type: "list", formulae: ['"ЕГЭ,ОГЭ,ВПР"'] });
    expect(String(dvOf(plan, "Предмет").formulae[0])).toMatch(/^"Русский язык,Математика профильная,/);
    const grade = dvOf(plan, "Класс");
    expect(grade.type).toBe("custom");
    expect(grade.formulae[0]).toContain('NOT(OR(SUBSTITUTE(LOWER(TRIM($C4)),"ё","е")="егэ",SUBSTITUTE(LOWER(TRIM($C4)),"ё","е")="огэ"))');
    const t = checkTemplate(plan);
    expect(t).toContain('"; Класс: не заполнено (обязательно для ВПР)"');
    expect(t).toContain('"; Класс: для ЕГЭ и ОГЭ должно быть пусто"');
    expect(t).toContain('"; Средний балл: вне границ: число от 0 до 100 для ЕГЭ"');
    expect(t).toContain('"; Средний балл: вне границ: число от 2 до 5 для ОГЭ и ВПР"');
    expect(t).toContain("COUNTIFS($A$4:$A{row},$A{row}&\"\",$B$4:$B{row},$B{row}&\"\",$C$4:$C{row},$C{row}&\"\",$D$4:$D{row},$D{row}&\"\",$E$4:$E{row},$E{row}&\"\")>1");
    expect(plan.validations.map((v) => ({ range: v.range, type: v.type, formulae: v.formulae }))).toMatchSnapshot();
  });
});

describe("buildSheetPlan: roadmap tables", () => {
  test("plan with a preset: section rows styled and merged, skipped by formulas, guarded in the check", () => {
    const p = preset("plan-tambov");
    const plan = buildSheetPlan(formSpec("plan"), { preset: p });
    const sections = p.rows.map((r, i) => (r.kind === "section" ? i + 4 : 0)).filter((r) => r > 0);
    expect(plan.sectionRows).toEqual(sections);
    for (const r of sections) {
      expect(plan.cells.find((c) => c.row === r && c.col === 1)?.style).toBe("section");
      expect(plan.merges).toContain(`A${r}:G${r}`);
    }
    const run = plan.formulas.find((f) => f.col === plan.checkColumn)!;
    for (const [from, to] of run.rows) for (const s of sections) expect(s < from || s > to).toBe(true);
    expect(run.template).toContain("SUMPRODUCT(--(LEN(TRIM($A{row}:$G{row}))>0))=1");
    expect(plan.lastDataRow).toBe(4 + Math.max(100, p.rows.length) - 1);
    const firstData = p.rows.findIndex((r) => r.kind === "row");
    expect(plan.cells.some((c) => c.row === 4 + firstData && c.col === 2 && c.style === "input")).toBe(true);
  });

  test("targets: derived columns read the last filled fact and the plan of its year; summary row", () => {
    const plan = buildSheetPlan(formSpec("targets"), { years: [2024, 2025], dataRows: 10 });
    // План 2024 = G, План 2025 = H, Факт 2024 = I, Факт 2025 = J, Отклонение = K, Степень достижения = L, Статус = M
    const gap = plan.formulas.find((f) => f.col === 11)!.template;
    expect(gap).toContain('IF($J{row}<>"",$J{row},IF($I{row}<>"",$I{row},""))');
    expect(gap).toContain('IF($J{row}<>"",$H{row},IF($I{row}<>"",$G{row},""))');
    expect(plan.summaryRows).toEqual([14]);
    const degree = plan.cells.find((c) => c.address === "L14")!;
    expect(degree.formula).toBe('IFERROR((SUMIF($L$4:$L$13,"<=1")+COUNTIF($L$4:$L$13,">1"))/COUNT($L$4:$L$13),"")');
    expect(plan.cells.find((c) => c.address === "M14")?.formula).toContain("IF($L14>=0.9,\"высокая\"");
    expect(plan.cells.find((c) => c.address === "B14")?.style).toBe("summary-label");
    expect(plan.checkItems).toContainEqual({
      field: "План",
      code: "range",
      text: "вне границ: число от 0 до 100 для показателя в процентах",
      fields: ["План 2024", "План 2025"],
    });
  });

  test("targets: one check item per year group over the group's cells of the row, with its own highlight", () => {
    const plan = buildSheetPlan(formSpec("targets"), { years: [2024, 2025, 2026], dataRows: 10 });
    // План 2024–2026 = G:I, Факт = J:L, the check column Q
    const t = checkTemplate(plan);
    expect(t).toContain('IF(SUMPRODUCT(--(((LEN(TRIM($G{row}:$I{row}))>0)*');
    expect(t).toContain('"; План: нужно число"');
    expect(t).toContain('"; Факт: вне границ: число от 0 до 100 для показателя в процентах"');
    expect(t).not.toContain("План 2025");
    // no IF, IFERROR, AND or OR inside the element-wise part (legacy Excel needs them array-entered)
    const groupParts = t.split("&IF(").filter((p) => p.startsWith("SUMPRODUCT(--("));
    expect(groupParts).toHaveLength(4);
    for (const p of groupParts) expect(p.slice(0, p.indexOf(',"; '))).not.toMatch(/\b(IF|IFERROR|AND|OR)\(/);
    expect(plan.checkItems.filter((i) => i.field === "План").map((i) => i.code)).toEqual(["type", "range"]);
    const cf = plan.conditionalFormats.find((c) => c.range === "G4:I13")!;
    expect(cf.look).toBe("error");
    expect(cf.formula).toMatch(/^AND\(ISNUMBER\(SEARCH\("; План:","; "&\$Q4\)\),OR\(/);
    expect(cf.formula).toContain("TRIM(G4)");
    expect(cf.formula).not.toContain("{");
  });

  test("a single year is a column of its own, named by its header", () => {
    const plan = buildSheetPlan(formSpec("targets"), { years: [2025], dataRows: 5 });
    expect(plan.checkItems).toContainEqual({ field: "План 2025", code: "type", text: "нужно число" });
    expect(plan.checkItems.some((i) => i.fields)).toBe(false);
  });

  test("finance: a totals row per year", () => {
    const plan = buildSheetPlan(formSpec("finance"), { years: [2018, 2021], dataRows: 5 });
    expect(plan.cells.find((c) => c.address === "B9")?.value).toBe("Итого");
    // amounts typed as text the Russian way count, as the validator reads them (SUM would skip them)
    expect(plan.cells.find((c) => c.address === "E9")?.formula).toMatch(/^SUMPRODUCT\(VALUE\(REPT\(SUBSTITUTE\(SUBSTITUTE\(SUBSTITUTE\(\$E\$4:\$E\$8,/);
    expect(plan.cells.find((c) => c.address === "F9")?.formula).toContain("$F$4:$F$8");
    expect(plan.checkItems.filter((i) => i.field === "Объём средств, руб.").map((i) => i.code)).toEqual(["type", "range"]);
  });

  test("equipment: speed standard from options", () => {
    const plan = buildSheetPlan(formSpec("equipment"), { formulaOptions: { speedVillage: 30 } });
    const speedOk = plan.formulas.find((f) => f.col === 10)!.template;
    expect(speedOk).toContain(",30,100)");
  });

  test("responsibility has no native checks, so no check column", () => {
    const plan = buildSheetPlan(formSpec("responsibility"));
    expect(plan.checkColumn).toBeUndefined();
    expect(plan.columns.filter((c) => c.role === "input")).toHaveLength(4);
  });

  test.each(FORMS.map((f) => [f.id, f] as const))("%s: 1 to 10 years build, every formula within Excel's 8,192 characters, none growing with the years", (_id, spec) => {
    const longest: number[] = [];
    for (let n = 1; n <= 10; n++) {
      const plan = buildSheetPlan(spec, { years: Array.from({ length: n }, (_, i) => 2021 + i) });
      const lengths = [...plan.formulas.map((f) => f.template.length), ...plan.cells.filter((c) => c.formula).map((c) => (c.formula as string).length)];
      for (const l of lengths) expect(l).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
      for (const c of plan.conditionalFormats) expect(c.formula.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
      longest.push(plan.checkColumn ? checkTemplate(plan).length : 0);
    }
    // the check column does not grow with the years once they are a group (2 years and more)
    expect(new Set(longest.slice(1)).size).toBe(1);
  });

  test.each(FORMS.map((f) => [f.id, f] as const))("%s: formulas within Excel's limits, no broken header words", (_id, spec) => {
    const plan = buildSheetPlan(spec, { years: [2024, 2025, 2026] });
    for (const f of plan.formulas) expect(f.template.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
    // Excel refuses array constants in validation and conditional-format formulas
    for (const v of plan.validations) if (v.type === "custom") expect(String(v.formulae[0])).not.toMatch(/\{/);
    for (const c of plan.conditionalFormats) expect(c.formula).not.toMatch(/\{/);
    for (const c of plan.columns.filter((x) => x.role === "input" || x.role === "derived")) {
      const longest = Math.max(...c.header.split(/\s+/).map((w) => w.length));
      expect(c.width).toBeGreaterThanOrEqual(longest);
    }
  });
});
