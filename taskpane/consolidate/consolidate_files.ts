/**
 * «Свести»: many files of one form → the consolidated workbook's sheet plans, through the shared consolidation of
 * src/consolidate (the command line's `consolidate` makes the same table from the same files): each file read and
 * validated, repeats across files decided in the files' order, rows with errors kept and marked, the expected
 * schools compared; for `results` also the derived results of src/region — the share below the threshold (as a
 * value and as the `EDU.SHARE` formula: the add-in is there), «По школам» and «Пояснения». Pure apart from reading
 * the chosen files; the tab writes the plans with the Office.js writer.
 */
import { formSpec } from "../../src/forms/specs";
import { consolidate } from "../../src/consolidate/consolidate";
import { consolidatedPlans } from "../../src/region/consolidated_plans";
import type { ResultsDerived } from "../../src/region/results_derived";
import type { Consolidation, ExpectedSchool, SourceFile } from "../../src/consolidate/types";
import type { SheetPlan } from "../../src/plan/types";
import type { PickedFile } from "../files/picked_file";
import { processFiles, type FileResult, type ProcessOptions } from "../files/process_files";
import { PaneError } from "../office/pane_error";

export interface ConsolidateChoice {
  formId: string;
  /** the schools expected, when a list was given */
  schools?: readonly ExpectedSchool[];
  /** `YYYY-MM-DD` for overdue periods (default today) */
  asOf?: string;
}

export interface FilesConsolidation {
  consolidation: Consolidation;
  /** «Свод», «Замечания», «Сводка»; for `results` then «По школам», «Пояснения» */
  plans: SheetPlan[];
  files: FileResult[];
  /** the derived results of a `results` consolidation */
  derived?: ResultsDerived;
}

/**
 * Consolidates chosen files. O(total size).
 * @param files the files, in the order chosen
 * @param choice form, expected schools, date
 * @param onProgress before each file and at the end
 * @throws {PaneError} when no file is chosen
 * @returns the consolidation, its plans, each file's result and, for `results`, the derived results
 */
export async function consolidateFiles(files: readonly PickedFile[], choice: ConsolidateChoice, onProgress?: ProcessOptions["onProgress"]): Promise<FilesConsolidation> {
  if (files.length === 0) throw new PaneError("Не выбрано ни одного файла.", "Нажмите «Выбрать файлы…» и отметьте файлы школ (можно сразу несколько).", "files");
  const spec = formSpec(choice.formId);
  const results = await processFiles(files, spec.id, { rows: true, ...(choice.asOf ? { asOf: choice.asOf } : {}), ...(onProgress ? { onProgress } : {}) });
  const sources: SourceFile[] = results.map((r) => ({ file: r.file, findings: r.findings, ...(r.table ? { table: r.table } : {}) }));
  const consolidation = consolidate(spec, sources, { invalidRows: "mark", ...(choice.schools?.length ? { schools: choice.schools } : {}) });
  // The pane runs where the add-in's functions are: the share is written as the EDU.SHARE formula too.
  const planned = consolidatedPlans(consolidation, spec, { formulas: true, ...(choice.schools?.length ? { schools: choice.schools } : {}) });
  return { consolidation, plans: planned.plans, files: results, ...(planned.results ? { derived: planned.results.derived } : {}) };
}
