/**
 * The index workbook as sheet plans: «ИСБ» — the context table with the index, its group, the school's result and
 * type, and the indicators' shares written next to it as values (a file cannot calculate without Excel); and
 * «Пояснения» — method, indicators, directions, groups, result and types in Russian. Optionally the same index as
 * `EDU.*` array formulas for coordinators who have the add-in (never in files for schools).
 */
import { CONTEXT } from "../forms/specs/context";
import { markerText } from "../plan/build_sheet_plan";
import { columnLetter, rangeA1 } from "../plan/a1";
import type { SheetPlan } from "../plan/types";
import { formTableColumns, SOURCE_WIDTHS } from "../consolidate/consolidation_plans";
import { tablePlan, type TableColumn } from "../plan/table_plan";
import type { TableValue } from "../consolidate/types";
import { TOTAL_HEADER } from "./indicators";
import type { RegionIndex, SwiMethod } from "./region_index";
import { plural } from "../text/plural";

/** Headers of the computed columns. */
export const INDEX_HEADERS = {
  swi: "ИСБ",
  group: "Группа по ИСБ",
  type: "Тип школы",
  note: "Примечание к расчёту",
  sharePrefix: "Доля: ",
  swiFormula: "ИСБ (формула EDU.SWI)",
  groupFormula: "Группа (формула EDU.SWI_GROUP)",
  typeFormula: "Тип школы (формула EDU.QUADRANT)",
  /** an empty column next to the index formulas, for the result a coordinator types in */
  resultInput: "Результат (введите)",
} as const;

/** Sheet names of the index workbook. */
export const INDEX_SHEETS = { table: "ИСБ", notes: "Пояснения" } as const;

/** An array formula over a column of the table with the values it gives (cached results of the file). */
export interface ArrayFormula {
  sheet: string;
  /** A1 range of the column's data cells, e.g. `AB4:AB63` */
  range: string;
  /** English function names, comma separators, without "=" */
  formula: string;
  values: (number | string | null)[];
}

export interface IndexPlans {
  plans: SheetPlan[];
  /** formulas a writer puts over the reserved columns (only with `formulas: true`) */
  arrayFormulas: ArrayFormula[];
}

const METHOD_TEXT: Readonly<Record<SwiMethod, string>> = {
  z: "z-оценка: (доля − среднее по школам) / стандартное отклонение (выборочное, как СТАНДОТКЛОН.В), со знаком направления; ИСБ — среднее оценок. 0 — средний контекст региона, +1 — на одно стандартное отклонение благополучнее.",
  minmax: "минмакс: (доля − минимум) / (максимум − минимум), для направления «−» — единица минус это; ИСБ — среднее, от 0 (наименее благополучный контекст по всем показателям) до 1.",
  rank: "ранг: процентильный ранг (r − 1)/(n − 1) со средними рангами для равных, для направления «−» — единица минус ранг; ИСБ — среднее рангов, от 0 до 1.",
};

const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * Sheet plans of an index. O(schools × columns).
 * @param index the computed index
 * @param options `formulas`: reserve columns for `EDU.SWI`, `EDU.SWI_GROUP`, `EDU.QUADRANT` array formulas;
 *   `source`: the file the table came from, for the notes
 * @returns the plans («ИСБ», «Пояснения») and the array formulas to write
 * @example indexPlans(regionIndex(table)).plans.map((p) => p.sheetName) // => ["ИСБ", "Пояснения"]
 */
export function indexPlans(index: RegionIndex, options: { formulas?: boolean; source?: string } = {}): IndexPlans {
  const t = index.table;
  const present = t.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.letter !== "");
  const formCols = formTableColumns(
    CONTEXT,
    present.map(({ c }) => c.header),
    present.map(({ c }) => c.key),
  );
  const extraCols: TableColumn[] = t.extraHeaders.map((h) => ({ header: h, width: SOURCE_WIDTHS[h] ?? 20 }));
  const withResults = index.results !== undefined;
  const computed: TableColumn[] = [
    { header: INDEX_HEADERS.swi, width: 10, numFmt: "0.0000", computed: true },
    { header: INDEX_HEADERS.group, width: 10, numFmt: "0", computed: true },
    ...(withResults
      ? [
          { header: index.results!.header, width: 22, numFmt: index.results!.measure === "pass" ? "0.0%" : "0.0#", computed: true },
          { header: INDEX_HEADERS.type, width: 14, computed: true },
        ]
      : []),
    { header: INDEX_HEADERS.note, width: 50, computed: true },
    ...index.indicators.map((ind) => ({ header: `${INDEX_HEADERS.sharePrefix}${ind.header}`, width: 14, numFmt: "0.0%", computed: true })),
  ];
  const formulaCols: TableColumn[] = options.formulas
    ? [
        { header: INDEX_HEADERS.swiFormula, width: 14, numFmt: "0.0000", computed: true },
        { header: INDEX_HEADERS.groupFormula, width: 14, numFmt: "0", computed: true },
        ...(withResults ? [{ header: INDEX_HEADERS.typeFormula, width: 16, computed: true }] : []),
      ]
    : [];
  const columns = [...formCols, ...extraCols, ...computed, ...formulaCols];

  const rows: TableValue[][] = index.schools.map((s) => [
    ...present.map(({ i }) => s.source.values[i]),
    ...s.source.extras,
    s.swi,
    s.group,
    ...(withResults ? [s.result, s.type] : []),
    s.note || null,
    ...s.shares,
    ...formulaCols.map(() => null),
  ]);

  const methodName = { z: "z-оценка", minmax: "минмакс", rank: "ранг" }[index.method];
  const table = tablePlan({
    sheetName: INDEX_SHEETS.table,
    title: "Индекс социального благополучия школ (ИСБ)",
    note:
      `Школ: ${index.counts.schools}, ИСБ рассчитан у ${index.counts.withSwi}; метод — ${methodName}, показателей — ${index.indicators.filter((i) => i.used).length}, веса равные. ` +
      (withResults ? `Результат — ${index.results!.label}. ` : "") +
      `Значения записаны числами; как они считаются — на листе «${INDEX_SHEETS.notes}».`,
    columns,
    rows,
    marker: markerText(CONTEXT.id, CONTEXT.version),
    frozenColumns: Math.min(2, formCols.length),
  });

  const arrayFormulas: ArrayFormula[] = [];
  if (options.formulas && rows.length) {
    const first = table.firstDataRow;
    const last = first + rows.length - 1;
    const colOf = (header: string): number => columns.findIndex((c) => c.header === header) + 1;
    const range = (col: number, toCol = col): string => rangeA1(first, col, last, toCol);
    const firstShare = colOf(`${INDEX_HEADERS.sharePrefix}${index.indicators[0].header}`);
    const lastShare = firstShare + index.indicators.length - 1;
    const directions = `{${index.indicators.map((i) => q(i.direction)).join(",")}}`;
    const weights = `{${index.indicators.map((i) => String(i.weight)).join(",")}}`;
    const method = index.method === "z" ? "" : `,${q(index.method)}`;
    const swiCol = colOf(INDEX_HEADERS.swiFormula);
    arrayFormulas.push({
      sheet: INDEX_SHEETS.table,
      range: range(swiCol),
      formula: `EDU.SWI(${range(firstShare, lastShare)},${directions},${weights}${method})`,
      values: index.schools.map((s) => s.swi),
    });
    const swiRange = `${columnLetter(swiCol)}${first}:${columnLetter(swiCol)}${last}`;
    arrayFormulas.push({
      sheet: INDEX_SHEETS.table,
      range: range(colOf(INDEX_HEADERS.groupFormula)),
      formula: `EDU.SWI_GROUP(${swiRange})`,
      values: index.schools.map((s) => s.group),
    });
    if (withResults) {
      arrayFormulas.push({
        sheet: INDEX_SHEETS.table,
        range: range(colOf(INDEX_HEADERS.typeFormula)),
        formula: `EDU.QUADRANT(${swiRange},${range(colOf(index.results!.header))})`,
        values: index.schools.map((s) => s.type),
      });
    }
  }

  return { plans: [table, notesPlan(index, options)], arrayFormulas };
}

/** The notes sheet: what every computed column means and how it was computed. */
function notesPlan(index: RegionIndex, options: { formulas?: boolean; source?: string }): SheetPlan {
  const c = index.counts;
  const rows: [string, string][] = [];
  rows.push([
    "Что это",
    "ИСБ — индекс социального благополучия: сводная оценка социального контекста школы по её социальному паспорту (форма «Контекстные данные ОО»). " +
      "Чем выше ИСБ, тем благополучнее контекст. Значения рассчитаны тем же ядром, что и функции ОБР.ИСБ (EDU.SWI), ОБР.ИСБ_ГРУППА (EDU.SWI_GROUP) и ОБР.ТИП_ШКОЛЫ (EDU.QUADRANT), и записаны числами.",
  ]);
  const excluded = index.excluded.length
    ? ` Не учтено строк: ${index.excluded.length} (${index.excluded
        .slice(0, 10)
        .map((e) => `строка ${e.row}${e.code ? `, Код ОО ${e.code}` : ""} — ${e.reason}`)
        .join("; ")}${index.excluded.length > 10 ? "; …" : ""}).`
    : "";
  rows.push([
    "Данные",
    `${options.source ? `Файл «${options.source}», л` : "Л"}ист «${index.table.sheet}» (распознан ${index.table.by === "marker" ? "по скрытой метке формы" : "по заголовкам"}). ` +
      `Школ: ${c.schools}, ИСБ рассчитан у ${c.withSwi}.${excluded}`,
  ]);
  for (const ind of index.indicators) {
    rows.push([
      `${INDEX_HEADERS.sharePrefix}${ind.header}`,
      `= «${ind.header}» / «${TOTAL_HEADER}»; направление «${ind.direction === "+" ? "+" : "−"}» (${ind.direction === "+" ? "чем больше доля, тем благополучнее" : "чем больше доля, тем менее благополучно"}); ` +
        `вес ${String(ind.weight).replace(".", ",")}; доля есть у ${plural(ind.present, "школы", "школ", "школ")}` +
        (ind.used ? "." : ". Показатель не учтён: меньше двух значений или все значения одинаковые."),
    ]);
  }
  rows.push(["Метод", METHOD_TEXT[index.method]]);
  rows.push([
    "Недостаток данных",
    "Если у школы доли есть меньше чем у половины показателей (по сумме весов), ИСБ не рассчитывается (в формуле — #Н/Д); причина — в столбце «Примечание к расчёту». " +
      "Доля части, большей целого, или при нулевой численности не считается.",
  ]);
  rows.push([
    INDEX_HEADERS.group,
    "Квартили ИСБ: 1 — четверть школ с наименее благополучным контекстом, 4 — с наиболее благополучным. Границы — 25-й, 50-й и 75-й процентили (ПРОЦЕНТИЛЬ.ВКЛ); " +
      `значение, равное границе, остаётся в нижней группе. Школ по группам: ${c.groups.map((n, i) => `${i + 1} — ${n}`).join(", ")}.`,
  ]);
  if (index.results) {
    const r = index.results;
    rows.push([
      "Результат",
      `${r.label}. ${r.explanation} Результат есть у ${plural(c.withResult, "школы", "школ", "школ")} из ${c.schools}.` +
        (r.years.length > 1 ? ` В таблице результатов есть годы: ${r.years.join(", ")}; взят ${r.year}.` : ""),
    ]);
    const types = ["НОР и НСУ", "резильентная", "НСУ", "НОР", "", "нет данных"];
    rows.push([
      INDEX_HEADERS.type,
      "«НОР и НСУ» — ИСБ в нижней четверти (не выше 25-го процентиля) и результат в нижней четверти; «резильентная» — ИСБ в нижней четверти, результат в верхней (не ниже 75-го процентиля); " +
        "«НСУ» — ИСБ в нижней четверти, результат между ними; «НОР» — результат в нижней четверти при ИСБ выше нижней четверти; пусто — остальные школы; «нет данных» — нет ИСБ или результата. " +
        `Школ по типам: ${types.map((t) => `${t === "" ? "без типа" : t} — ${c.types[t] ?? 0}`).join(", ")}.`,
    ]);
  } else {
    rows.push(["Тип школы", "Не определён: таблица результатов не найдена в книге и не указана. Укажите её (например, свод формы «Образовательные результаты»), чтобы получить тип школы."]);
  }
  rows.push([
    "Методика",
    "Построение следует индексу ESCS исследования PISA (среднее стандартизованных компонент, PISA 2022) и руководству OECD/JRC по построению сводных индикаторов (2008): " +
      "нормировка показателей → веса → линейная свёртка. Показатели, направления, веса, метод и границы групп — параметры: регион может задать свои.",
  ]);
  if (options.formulas) {
    rows.push([
      "Формулы",
      `Столбцы «${INDEX_HEADERS.swiFormula}», «${INDEX_HEADERS.groupFormula}»${index.results ? ` и «${INDEX_HEADERS.typeFormula}»` : ""} — формулы массива надстройки (ОБР.ИСБ и др.) по долям этого листа; ` +
        "в файле сохранены их значения. Они пересчитываются, только когда в Excel подключена надстройка «Дорожная карта» (иначе — #ИМЯ?). " +
        "Если после подключения надстройки значения не обновились, выделите ячейку формулы и нажмите F2, затем Ctrl+Shift+Enter. Такие файлы — для координаторов, не для школ.",
    ]);
  }
  return tablePlan({
    sheetName: INDEX_SHEETS.notes,
    title: "Пояснения к расчёту ИСБ",
    columns: [
      { header: "Что", width: 34, wrap: true },
      { header: "Пояснение", width: 120, wrap: true },
    ],
    rows,
    noFilter: true,
  });
}
