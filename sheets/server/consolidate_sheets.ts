/// <reference types="google-apps-script" />
/**
 * «Свести» of the sidebar: several sheets of one form in this spreadsheet (one per school, say) → one new sheet
 * «Свод — …» with the source sheet of every row, rows with errors marked, and the findings to act on (also on a
 * new sheet «Замечания — …» when there are any). Each source sheet plays the part of a file of the command line,
 * so uniqueness of `Код ОО` is checked across the sheets. For the results, as the command line does: the share
 * below the threshold in «Свод», and the sheets «По школам — …» (the 30 % risk and stably low results) and
 * «Пояснения — …» (src/region). Nothing existing is changed.
 */
import { consolidate } from "../../src/consolidate/consolidate";
import { SOURCE_HEADERS } from "../../src/consolidate/consolidation_plans";
import { consolidatedPlans } from "../../src/region/consolidated_plans";
import { RESULTS_DERIVED } from "../../src/region/results_plans";
import { crossFileFindings, mergeFindings } from "../../src/consolidate/cross_file_findings";
import { extractTable } from "../../src/consolidate/extract_table";
import type { ConsolidationFinding, ConsolidationStats, InvalidRows, SourceFile } from "../../src/consolidate/types";
import { FORMS, formSpec } from "../../src/forms/specs";
import { SEVERITY_RU } from "../../src/validate/codes";
import { normalizeHeader } from "../../src/validate/match_headers";
import { validateWorkbook } from "../../src/validate/validate_workbook";
import type { SheetTable } from "../../src/validate/types";
import { readSheet } from "../read_sheet";
import { writePlan } from "../write_plan";
import { spreadsheetApp } from "./apps_script";
import { freeSheetName } from "../../src/plan/sheet_name";
import { recogniseSheet } from "../../src/validate/recognise_form";
import { sheetHeads } from "./sheet_heads";
import { UserError } from "./user_error";
import { plural } from "../../src/text/plural";

export interface CandidateSheet {
  name: string;
  by: "marker" | "headers";
  /** the sheet is itself a consolidation (has the «Источник (файл)» column): not offered by default */
  consolidated: boolean;
}

export interface ConsolidationCandidates {
  /** `name`: the form's short name (its default sheet name), for a narrow list */
  forms: { formId: string; title: string; name: string; sheets: CandidateSheet[] }[];
}

export interface ConsolidateRequest {
  formId: string;
  /** names of the source sheets, in the order their rows go into the table */
  sheets: string[];
  /** `mark` (default): rows with errors stay and are marked; `exclude`: they are left out */
  invalidRows?: InvalidRows;
  /** fixes "today" for overdue periods (tests) */
  asOf?: string;
}

export interface ConsolidateResult {
  /** name of the new table sheet */
  sheet: string;
  /** name of the new findings sheet, when there were findings */
  findingsSheet?: string;
  /** the results' sheets «По школам — …» and «Пояснения — …», with the counts of «По школам» */
  results?: { schoolsSheet: string; notesSheet: string; schools: number; risk: number; stablyLow: number; years: string[] };
  rows: number;
  stats: ConsolidationStats;
  findings: (ConsolidationFinding & { severityRu: string })[];
  summary: string;
}

const isConsolidation = (table: SheetTable): boolean => {
  const wanted = normalizeHeader(SOURCE_HEADERS.file);
  return table.rows.some((r) => r.some((v) => normalizeHeader(v) === wanted));
};

/**
 * Server function: the forms that have at least one sheet in this spreadsheet, with their sheets.
 * Calls: 1 + 6 per sheet.
 * @returns the forms in the order of forms.md
 */
export function consolidationCandidates(): ConsolidationCandidates {
  const heads = sheetHeads(spreadsheetApp().getActiveSpreadsheet());
  const byForm = new Map<string, CandidateSheet[]>();
  for (const t of heads) {
    const found = recogniseSheet(t);
    if (!found) continue;
    const list = byForm.get(found.spec.id) ?? [];
    list.push({ name: t.name, by: found.by, consolidated: isConsolidation(t) });
    byForm.set(found.spec.id, list);
  }
  return { forms: FORMS.filter((f) => byForm.has(f.id)).map((f) => ({ formId: f.id, title: f.title, name: f.sheetName, sheets: byForm.get(f.id) as CandidateSheet[] })) };
}

/**
 * Server function: consolidates the chosen sheets into new sheets (for the results, two more). Calls: 1 + 7 per
 * source sheet + the writer's.
 * @param request the form, the source sheets, what to do with rows that have errors
 * @throws {UserError} for an unknown form, no sheet chosen, a sheet that no longer exists
 * @returns the new sheets' names, counts and findings
 */
export function consolidateSheets(request: ConsolidateRequest): ConsolidateResult {
  let spec;
  try {
    spec = formSpec(String(request?.formId));
  } catch {
    throw new UserError("Выберите форму, листы которой нужно свести.");
  }
  const names = Array.isArray(request.sheets) ? request.sheets.map(String) : [];
  if (names.length === 0) throw new UserError(`Отметьте хотя бы один лист формы «${spec.title}».`);
  const app = spreadsheetApp();
  const ss = app.getActiveSpreadsheet();
  const all = ss.getSheets();
  const taken = all.map((s) => s.getName());
  const byName = new Map(all.map((s, i) => [taken[i], s]));

  const read = names.map((name) => {
    const sheet = byName.get(name);
    if (!sheet) throw new UserError(`Листа «${name}» больше нет в таблице. Обновите список листов.`);
    const table = readSheet(sheet);
    const tables = { sheets: [table] };
    return { name, findings: validateWorkbook(tables, spec, request.asOf ? { asOf: request.asOf } : {}), table: extractTable(tables, spec) };
  });
  // The sources are sheets: the messages say «лист», never «файл».
  const cross = crossFileFindings(
    read.filter((r) => r.table).map((r) => ({ file: r.name, sheet: r.table!.sheet, keys: r.table!.keys })),
    "лист",
  );
  let k = 0;
  const files: SourceFile[] = read.map((r) => ({
    file: r.name,
    findings: r.table ? mergeFindings(r.findings, cross[k++]) : r.findings,
    ...(r.table ? { table: r.table } : {}),
  }));
  const result = consolidate(spec, files, { invalidRows: request.invalidRows === "exclude" ? "exclude" : "mark", source: "лист" });

  // Every name first: the results' sheets name each other in their texts.
  const claim = (wanted: string): string => {
    const name = freeSheetName(wanted, taken);
    taken.push(name);
    return name;
  };
  const tableName = claim(`Свод — ${spec.sheetName}`);
  const findingsSheet = result.findings.length ? claim(`Замечания — ${spec.sheetName}`) : undefined;
  const resultsSheets = spec.id === "results" ? { schools: claim(`${RESULTS_DERIVED.schoolsSheet} — ${spec.sheetName}`), notes: claim(`${RESULTS_DERIVED.notesSheet} — ${spec.sheetName}`) } : undefined;
  // Values only: a Sheets custom function is a call to Google's servers per cell, too slow for a column of thousands.
  const planned = consolidatedPlans(result, spec, { formulas: false, ...(resultsSheets ? { resultsSheets } : {}) });
  const [tablePlan, findingsPlan] = planned.consolidation;

  let index = all.length;
  const written = writePlan(app, ss, tablePlan, { name: tableName, index: index++ });
  if (findingsSheet) writePlan(app, ss, findingsPlan, { name: findingsSheet, index: index++ });
  if (planned.results && resultsSheets) {
    const [schoolsPlan, notesPlan] = planned.results.plans;
    writePlan(app, ss, schoolsPlan, { name: resultsSheets.schools, index: index++ });
    writePlan(app, ss, notesPlan, { name: resultsSheets.notes, index: index++ });
  }
  written.sheet.activate();

  const errors = result.findings.filter((f) => f.severity === "error").length;
  const s = result.stats;
  const derived = planned.results?.derived;
  const summary =
    `Лист «${tableName}»: ${plural(s.rows, "строка", "строки", "строк")} из ${plural(s.files, "листа", "листов", "листов")}` +
    (result.findings.length
      ? `; ${plural(errors, "ошибка", "ошибки", "ошибок")}, ${plural(result.findings.length - errors, "предупреждение", "предупреждения", "предупреждений")} — список ниже и на листе «${findingsSheet}».`
      : "; замечаний нет.") +
    (derived && resultsSheets
      ? ` Доля не преодолевших порог — в столбце «${RESULTS_DERIVED.share}»; на листе «${resultsSheets.schools}»: риск 30 % — ${derived.counts.risk}, ` +
        `стабильно низкие результаты — ${derived.counts.stablyLow} из ${plural(derived.counts.schools, "школы", "школ", "школ")}; пояснения — на листе «${resultsSheets.notes}».`
      : "");
  return {
    sheet: tableName,
    ...(findingsSheet ? { findingsSheet } : {}),
    ...(derived && resultsSheets
      ? { results: { schoolsSheet: resultsSheets.schools, notesSheet: resultsSheets.notes, schools: derived.counts.schools, risk: derived.counts.risk, stablyLow: derived.counts.stablyLow, years: derived.years } }
      : {}),
    rows: s.rows,
    stats: s,
    findings: result.findings.map((f) => ({ ...f, severityRu: SEVERITY_RU[f.severity] })),
    summary,
  };
}
