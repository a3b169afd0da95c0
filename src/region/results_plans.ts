/**
 * The derived results of a consolidated `results` table laid out for people: the share below the threshold as
 * columns of «Свод», the sheet «По школам» (RISK_30 and the subjects with stably low results of each school) and a
 * notes sheet in Russian. Written as values: a file for a coordinator opens anywhere; the `EDU.SHARE` formula column
 * is added for coordinators who have the add-in.
 */
import type { SheetPlan } from "../plan/types";
import { tablePlan } from "../plan/table_plan";
import type { ConsolidationColumn } from "../consolidate/consolidation_plans";
import { SHARE_BELOW_HEADER } from "../forms/specs/results";
import { MARK_THRESHOLD, RISK_LIMIT, STABLY_LOW_YEARS, type ResultsDerived, type SchoolAssessment } from "./results_derived";

/** Headers and sheet names of the derived results. */
export const RESULTS_DERIVED = {
  // The same header as the coordinator's column of the form (src/forms/specs/results).
  share: SHARE_BELOW_HEADER,
  shareFormula: `${SHARE_BELOW_HEADER} (формула EDU.SHARE)`,
  schoolsSheet: "По школам",
  notesSheet: "Пояснения",
  code: "Код ОО",
  name: "Наименование ОО",
  risk: "Риск 30 %",
  condition: "Условие риска",
  stablyLow: "Стабильно низкие результаты",
  note: "Примечание",
} as const;

const number = (x: number): string => String(Math.round(x * 100) / 100).replace(".", ",");

/**
 * The computed columns of «Свод»: the share of every row as a value; with `formulas`, also `EDU.SHARE` over the
 * row's cells (its result cached), for coordinators with the add-in. O(rows).
 * @param derived the derived results (their `rowShares` follow the consolidated rows)
 * @param options `formulas`: add the formula column
 * @returns the columns for consolidationPlans
 * @example shareColumns(resultsDerived(c)).map((x) => x.header) // => ["Доля не преодолевших порог"]
 */
export function shareColumns(derived: ResultsDerived, options: { formulas?: boolean } = {}): ConsolidationColumn[] {
  return [
    { header: RESULTS_DERIVED.share, width: 14, numFmt: "0.0%", values: derived.rowShares },
    ...(options.formulas
      ? [{ header: RESULTS_DERIVED.shareFormula, width: 16, numFmt: "0.0%", values: derived.rowShares, formula: "EDU.SHARE({col:belowMin}{row},{col:participants}{row})" }]
      : []),
  ];
}

/** The stably low assessments of a school in words: «ЕГЭ, Математика профильная: 25,1; 24; 26,3 (порог 27)». */
function stablyLowText(assessments: readonly SchoolAssessment[]): string {
  return assessments
    .filter((a) => a.stablyLow === true)
    .map((a) => `${a.label}: ${a.means.filter((m): m is number => m !== null).slice(-STABLY_LOW_YEARS).map(number).join("; ")} (порог ${number(a.threshold as number)})`)
    .join(". ");
}

/** What could not be decided for a school, and why. */
function undecided(assessments: readonly SchoolAssessment[]): string {
  const noThreshold = assessments.filter((a) => a.threshold === null);
  const fewYears = assessments.filter((a) => a.threshold !== null && a.stablyLow === null);
  return [
    ...noThreshold.map((a) => `${a.label}: ${a.thresholdNote}`),
    ...(fewYears.length ? [`меньше ${STABLY_LOW_YEARS} лет с результатом: ${fewYears.map((a) => a.label).join(", ")}`] : []),
  ].join("; ");
}

/**
 * The sheets «По школам» and «Пояснения». O(schools × assessments).
 * @param derived the derived results
 * @param options `formulas`: say in the notes that «Свод» has the `EDU.SHARE` column; `sheets`: other names of the
 *   two sheets (a host's own naming), which the texts then use
 * @returns the two plans
 * @example resultsPlans(resultsDerived(c)).map((p) => p.sheetName) // => ["По школам", "Пояснения"]
 */
export function resultsPlans(derived: ResultsDerived, options: { formulas?: boolean; sheets?: { schools?: string; notes?: string } } = {}): SheetPlan[] {
  const withNames = derived.schools.some((s) => s.name);
  const schoolsSheet = options.sheets?.schools ?? RESULTS_DERIVED.schoolsSheet;
  const notesSheet = options.sheets?.notes ?? RESULTS_DERIVED.notesSheet;
  const schools = tablePlan({
    sheetName: schoolsSheet,
    title: "Результаты по школам: риск 30 % и стабильно низкие результаты",
    note:
      `Школ: ${derived.schools.length}; риск 30 % — у ${derived.counts.risk}, стабильно низкие результаты — у ${derived.counts.stablyLow}. ` +
      `Годы: ${derived.years.join(", ") || "—"}${derived.current ? ` (текущий — ${derived.current})` : ""}. Значения; как они считаются — на листе «${notesSheet}».`,
    columns: [
      { header: RESULTS_DERIVED.code, width: 12 },
      ...(withNames ? [{ header: RESULTS_DERIVED.name, width: 34, wrap: true }] : []),
      { header: RESULTS_DERIVED.risk, width: 12, computed: true },
      { header: RESULTS_DERIVED.condition, width: 60, wrap: true, computed: true },
      { header: RESULTS_DERIVED.stablyLow, width: 60, wrap: true, computed: true },
      { header: RESULTS_DERIVED.note, width: 40, wrap: true, computed: true },
    ],
    rows: derived.schools.map((s) => [
      s.code,
      ...(withNames ? [s.name ?? null] : []),
      s.risk === null ? "нет данных" : s.risk ? "да" : "нет",
      s.risk === false ? null : s.riskText || null,
      stablyLowText(s.assessments) || null,
      undecided(s.assessments) || null,
    ]),
    frozenColumns: 1,
    highlight: { column: withNames ? 2 : 1, error: "да" },
  });

  const rows: [string, string][] = [
    [
      RESULTS_DERIVED.share,
      "«Не преодолели минимальный порог» / «Число участников» строки (функция ОБР.ДОЛЯ, EDU.SHARE), формат %. Для ОГЭ и ВПР — доля отметок «2». " +
        "Пусто — если в строке нет одного из чисел или не преодолевших больше, чем участников." +
        (options.formulas ? ` Столбец «${RESULTS_DERIVED.shareFormula}» — та же доля формулой надстройки; без надстройки виден сохранённый результат.` : ""),
    ],
    [
      "Годы",
      `Учебные годы таблицы по порядку: ${derived.years.join(", ") || "—"}; последний (${derived.current ?? "—"}) — текущий. ` +
        "Если у школы по процедуре и предмету за год несколько строк (классы, файлы), числа участников и не преодолевших складываются, средний балл взвешивается по числу участников.",
    ],
    [
      RESULTS_DERIVED.risk,
      `Индикатор риска Рособрнадзора (функция ОБР.РИСК_30, EDU.RISK_30; приказ № 1336 от 04.10.2021 с изменениями) по долям не преодолевших порог: строки — процедуры ` +
        `(процедура и предмет, для ВПР и класс), столбцы — годы, последний — текущий. Условие А: не меньше двух процедур с долей не ниже ${RISK_LIMIT * 100} % в текущем году. ` +
        "Условие Б: хотя бы одна процедура с долей не ниже 30 % два последних года подряд. В приказе условия соединены словами «а также»; здесь риск — при любом из них " +
        "(режим «или», по умолчанию функции), в столбце «Условие риска» — какое выполнено и по каким процедурам. «нет данных» — у школы нет доли за текущий год.",
    ],
    [
      RESULTS_DERIVED.stablyLow,
      `Средний балл (отметка) по процедуре и предмету ниже порога в каждом из последних ${STABLY_LOW_YEARS} лет, за которые есть результат (функция ОБР.СТАБИЛЬНО_НИЗКИЕ, EDU.STABLY_LOW). ` +
        `Порог ЕГЭ — минимальный балл для аттестата (ОБР.МИН_БАЛЛ, EDU.MIN_SCORE) года экзамена текущего учебного года (для ${derived.current ?? "—"} — ${derived.current ? derived.current.slice(5) : "—"}); ` +
        "для предметов, кроме русского языка и математики, это минимальный балл для поступления в вуз — другого порога Рособрнадзор не публикует; для базовой математики — отметка 3. " +
        "Один порог для всех лет: в справочнике есть пороги 2025 и 2026 годов, они совпадают; если года экзамена в справочнике нет, вердикта нет (см. «Примечание»). " +
        `ОГЭ и ВПР: средняя отметка ниже ${MARK_THRESHOLD} — ниже удовлетворительной (шкалы перевода первичных баллов в отметки меняются каждый год, а форма хранит среднюю отметку). ` +
        "В скобках — порог, перед ним — средние за последние годы.",
    ],
    [RESULTS_DERIVED.note, `Что не удалось определить: нет порога для предмета или меньше ${STABLY_LOW_YEARS} лет с результатом.`],
    [
      "Значения и формулы",
      `Лист «${schoolsSheet}» записан значениями (тем же ядром, что и функции надстройки) и не пересчитывается: после изменения свода запустите свод заново.` +
        (options.formulas ? " Формулой в своде дан только столбец доли." : ""),
    ],
  ];
  const notes = tablePlan({
    sheetName: notesSheet,
    title: "Пояснения к результатам",
    columns: [
      { header: "Что", width: 34, wrap: true },
      { header: "Пояснение", width: 120, wrap: true },
    ],
    rows,
    noFilter: true,
  });
  return [schools, notes];
}
