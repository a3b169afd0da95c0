/**
 * The derived results of a consolidated `results` table (forms.md: share below the threshold, stably low results
 * over the years, Rosobrnadzor's 30 % risk indicator per school), computed through the core functions the
 * worksheet functions run — SHARE, MIN_SCORE, STABLY_LOW, RISK_30 — so a coordinator's file and a formula agree.
 */
import { share } from "../core/swi/share";
import { minScoreEntry } from "../core/thresholds/min_score_entry";
import { stablyLow } from "../core/thresholds/stably_low";
import { risk30 } from "../core/thresholds/risk_30";
import { EduError } from "../core/shared/errors";
import { schoolCodeKey } from "../consolidate/consolidate";
import type { TableValue } from "../consolidate/types";

/** A results table as consolidation or a reader gives it: the form's column keys and the rows' values. */
export interface ResultsTable {
  /** the spec's column key of each value (`code`, `year`, `procedure`…) */
  keys: readonly string[];
  rows: readonly { values: readonly TableValue[] }[];
}

/** The share at or above which a procedure counts for RISK_30 (its default). */
export const RISK_LIMIT = 0.3;
/** How many last years STABLY_LOW looks at (its default). */
export const STABLY_LOW_YEARS = 3;
/** The threshold of a mean mark of ОГЭ and ВПР: the lowest positive mark. */
export const MARK_THRESHOLD = 3;

/** One assessment of a school — procedure and subject (and grade for ВПР) — over the years of the table. */
export interface SchoolAssessment {
  procedure: string;
  subject: string;
  grade?: number;
  /** «ЕГЭ, Математика профильная», «ВПР, Математика, 5 класс» */
  label: string;
  /** per year of {@link ResultsDerived.years}: the share of participants below the threshold, `null` when unknown */
  shares: (number | null)[];
  /** per year: the mean score (mark), weighted by participants when a year has several rows; `null` when none */
  means: (number | null)[];
  /** what the means are compared with, `null` when there is no threshold */
  threshold: number | null;
  /** where the threshold comes from, or why there is none */
  thresholdNote: string;
  /** STABLY_LOW of the means: `null` when it cannot be decided (fewer years, no threshold) */
  stablyLow: boolean | null;
}

/** The derived results of one school. */
export interface SchoolDerived {
  /** the code as the table has it */
  code: string;
  name?: string;
  assessments: SchoolAssessment[];
  /** RISK_30 of the procedures × years block (mode «или»); `null` without a share in the current year */
  risk: boolean | null;
  /** which condition raised it: A — 2+ procedures ≥ 30 % in the current year; B — one procedure ≥ 30 % two years running */
  conditions: { a: boolean; b: boolean };
  /** the condition in words («А: …; Б: …»), or why the indicator is not computed */
  riskText: string;
}

export interface ResultsDerived {
  /** per row of the table: SHARE(not passed, participants), `null` where it cannot be computed */
  rowShares: (number | null)[];
  /** academic years of the table, in order; the last is the current one */
  years: string[];
  current?: string;
  schools: SchoolDerived[];
  counts: { schools: number; risk: number; stablyLow: number; rowsWithShare: number };
}

const YEAR = /^(\d{4})\/(\d{4})$/;
const PERCENT = (x: number): string => `${String(Math.round(x * 1000) / 10).replace(".", ",")} %`;

/** The year of the exams of an academic year: `2024/2025` → 2025 (ЕГЭ is held at the end of the year). */
const examYear = (academicYear: string): number => Number(academicYear.slice(5));

/** A value the core returned, or `null` for its error (an empty or impossible input). */
function orNull<T>(f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof EduError) return null;
    throw e;
  }
}

/**
 * The threshold a mean is compared with: ЕГЭ — MIN_SCORE for the certificate in the exam year of the current
 * academic year (for subjects other than Russian and mathematics the admission minimum, the only one published);
 * ОГЭ and ВПР — the mark 3.
 */
function thresholdOf(procedure: string, subject: string, current: string | undefined): { value: number | null; note: string } {
  if (procedure !== "ЕГЭ") return { value: MARK_THRESHOLD, note: "средняя отметка ниже 3" };
  if (!current) return { value: null, note: "нет учебного года" };
  try {
    const e = minScoreEntry(subject, examYear(current), "аттестат");
    return { value: e.score, note: `минимальный балл ${e.score} (${e.year})` };
  } catch (err) {
    if (err instanceof EduError) return { value: null, note: `порог не определён: ${err.message}` };
    throw err;
  }
}

/**
 * The derived results of a results table. O(rows + schools × assessments × years).
 * @param table the consolidated `results` table (keys and values), or a reader's table adapted to it
 * @param options `names`: school names by code (a `--schools` list), shown where known
 * @returns the share of every row, and per school the assessments with their stably-low verdict and RISK_30
 * @example resultsDerived(consolidation).schools[0].risk // => false
 */
export function resultsDerived(table: ResultsTable, options: { names?: ReadonlyMap<string, string> } = {}): ResultsDerived {
  const at = (key: string): number => table.keys.indexOf(key);
  const idx = {
    code: at("code"),
    year: at("year"),
    procedure: at("procedure"),
    subject: at("subject"),
    grade: at("grade"),
    participants: at("participants"),
    below: at("belowMin"),
    average: at("average"),
  };
  const get = (row: readonly TableValue[], i: number): TableValue => (i >= 0 ? (row[i] ?? null) : null);
  const rowShares = table.rows.map((r) => {
    const v = orNull(() => share(get(r.values, idx.below), get(r.values, idx.participants)));
    return typeof v === "number" ? v : null;
  });

  const yearOf = (v: TableValue): string | undefined => {
    if (typeof v !== "string") return undefined;
    const m = YEAR.exec(v);
    return m && Number(m[2]) === Number(m[1]) + 1 ? v : undefined;
  };
  const years = [...new Set(table.rows.map((r) => yearOf(get(r.values, idx.year))).filter((y): y is string => y !== undefined))].sort();
  const current = years[years.length - 1];
  const yearIndex = new Map(years.map((y, i) => [y, i]));

  // Sums per school × assessment × year: several rows of one year (classes, files) are pooled by participants.
  interface Sum {
    participants: number;
    below: number;
    belowKnown: boolean;
    weighted: number;
    weight: number;
    /** the mean of the only row with one, kept exact */
    only?: number;
    means: number;
  }
  const schools = new Map<string, { code: string; assessments: Map<string, { procedure: string; subject: string; grade?: number; sums: (Sum | undefined)[] }> }>();
  table.rows.forEach((r) => {
    const v = r.values;
    const code = schoolCodeKey(get(v, idx.code));
    const year = yearOf(get(v, idx.year));
    const procedure = get(v, idx.procedure);
    const subject = get(v, idx.subject);
    if (code === "" || year === undefined || typeof procedure !== "string" || typeof subject !== "string") return;
    const gradeValue = get(v, idx.grade);
    const grade = procedure === "ВПР" && typeof gradeValue === "number" ? gradeValue : undefined;
    const school = schools.get(code) ?? { code: String(get(v, idx.code)), assessments: new Map() };
    schools.set(code, school);
    const key = `${procedure}\u0001${subject}\u0001${grade ?? ""}`;
    const a = school.assessments.get(key) ?? { procedure, subject, ...(grade !== undefined ? { grade } : {}), sums: years.map(() => undefined) };
    school.assessments.set(key, a);
    const yi = yearIndex.get(year) as number;
    const s = a.sums[yi] ?? { participants: 0, below: 0, belowKnown: true, weighted: 0, weight: 0, means: 0 };
    a.sums[yi] = s;
    const n = get(v, idx.participants);
    const participants = typeof n === "number" && n > 0 ? n : undefined;
    const below = get(v, idx.below);
    if (participants !== undefined) {
      s.participants += participants;
      if (typeof below === "number") s.below += below;
      else s.belowKnown = false;
    }
    const mean = get(v, idx.average);
    if (typeof mean === "number") {
      const w = participants ?? 1;
      s.weighted += mean * w;
      s.weight += w;
      s.means++;
      s.only = mean;
    }
  });

  const out: SchoolDerived[] = [...schools.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "ru", { numeric: true }))
    .map(([key, s]) => {
      const assessments: SchoolAssessment[] = [...s.assessments.values()]
        .sort((x, y) => order(x.procedure) - order(y.procedure) || x.subject.localeCompare(y.subject, "ru") || (x.grade ?? 0) - (y.grade ?? 0))
        .map((a) => {
          const shares = a.sums.map((x) => {
            if (!x || x.participants === 0 || !x.belowKnown) return null;
            const v = orNull(() => share(x.below, x.participants));
            return typeof v === "number" ? v : null;
          });
          const means = a.sums.map((x) => (!x || x.weight <= 0 ? null : x.means === 1 ? (x.only as number) : x.weighted / x.weight));
          const t = thresholdOf(a.procedure, a.subject, current);
          const verdict = t.value === null ? null : orNull(() => stablyLow([means], t.value, STABLY_LOW_YEARS));
          return {
            procedure: a.procedure,
            subject: a.subject,
            ...(a.grade !== undefined ? { grade: a.grade } : {}),
            label: `${a.procedure}, ${a.subject}${a.grade !== undefined ? `, ${a.grade} класс` : ""}`,
            shares,
            means,
            threshold: t.value,
            thresholdNote: t.note,
            stablyLow: typeof verdict === "boolean" ? verdict : null,
          };
        });
      const grid = assessments.map((a) => a.shares);
      const either = grid.length ? orNull(() => risk30(grid, RISK_LIMIT, "или")) : null;
      const both = grid.length ? orNull(() => risk30(grid, RISK_LIMIT, "и")) : null;
      // Condition A alone: the current year's column only (condition B needs two years).
      const a = grid.length ? orNull(() => risk30(grid.map((row) => [row[row.length - 1]]), RISK_LIMIT)) : null;
      const conditions = { a: a === true, b: both === true || (either === true && a !== true) };
      const name = options.names?.get(key);
      return {
        code: s.code,
        ...(name ? { name } : {}),
        assessments,
        risk: either,
        conditions,
        riskText: riskText(either, conditions, assessments, years),
      };
    });

  return {
    rowShares,
    years,
    ...(current ? { current } : {}),
    schools: out,
    counts: {
      schools: out.length,
      risk: out.filter((s) => s.risk === true).length,
      stablyLow: out.filter((s) => s.assessments.some((a) => a.stablyLow === true)).length,
      rowsWithShare: rowShares.filter((x) => x !== null).length,
    },
  };
}

const PROCEDURE_ORDER = ["ЕГЭ", "ОГЭ", "ВПР"];
const order = (p: string): number => PROCEDURE_ORDER.indexOf(p);

/** The risk indicator in words: which condition, with the procedures and their shares. */
function riskText(risk: boolean | null, c: { a: boolean; b: boolean }, assessments: readonly SchoolAssessment[], years: readonly string[]): string {
  const last = years.length - 1;
  if (risk === null) return years.length ? `нет данных о доле не преодолевших порог за ${years[last]}` : "нет данных";
  if (!risk) return "";
  const parts: string[] = [];
  if (c.a) {
    const high = assessments.filter((a) => (a.shares[last] ?? -1) >= RISK_LIMIT);
    parts.push(`А: ${high.length} процедуры с долей не ниже 30 % в ${years[last]} — ${high.map((a) => `${a.label} ${PERCENT(a.shares[last] as number)}`).join("; ")}`);
  }
  if (c.b) {
    const both = assessments.filter((a) => (a.shares[last] ?? -1) >= RISK_LIMIT && (a.shares[last - 1] ?? -1) >= RISK_LIMIT);
    parts.push(
      `Б: два года подряд не ниже 30 % — ${both.map((a) => `${a.label} (${years[last - 1]}: ${PERCENT(a.shares[last - 1] as number)}, ${years[last]}: ${PERCENT(a.shares[last] as number)})`).join("; ")}`,
    );
  }
  return parts.join(". ");
}
