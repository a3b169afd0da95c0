/**
 * `edu-roadmap scaffold <form-id>... -o <file.xlsx> [--preset <name>] [--years 2024-2026]`: a workbook with one
 * template sheet per form, with the native checks schools need in plain Excel, LibreOffice or Google Sheets.
 */
import { buildSheetPlan } from "../../src/plan/build_sheet_plan";
import { defaultPreset, preset as presetByName, type Preset } from "../../src/forms/presets";
import { planWorkbookBuffer } from "../../src/xlsx/write_plan";
import { MUNICIPALITY_LIST_HEADERS } from "../../src/consolidate/reference_list";
import { CliError, UsageError } from "../errors";
import { formOption, outputOption, yearsOption } from "../options";
import type { Output } from "../output";
import { readReferenceFile } from "../reference_file";
import { writeFileAtomic } from "../write_atomic";

export interface ScaffoldArgs {
  forms: string[];
  output?: string;
  presets?: string[];
  years?: string;
  municipalities?: string;
  rows?: string;
}

/**
 * Writes the templates.
 * @returns exit code
 * @throws {UsageError} for unknown forms or presets, bad years or rows, a missing `-o`
 * @throws {CliError} when the file cannot be written
 * @example await scaffoldCommand({ forms: ["context"], output: "шаблон.xlsx" }, consoleOutput()) // => 0
 */
export async function scaffoldCommand(args: ScaffoldArgs, output: Output): Promise<number> {
  if (args.forms.length === 0) throw new UsageError("Не указана ни одна форма: например, edu-roadmap scaffold context -o шаблон.xlsx (список форм: edu-roadmap forms).");
  const specs = args.forms.map(formOption);
  const ids = specs.map((s) => s.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new UsageError(`Форма «${twice}» указана дважды.`);
  const file = outputOption(args.output, ".xlsx");
  const years = args.years !== undefined ? yearsOption(args.years) : undefined;
  let dataRows: number | undefined;
  if (args.rows !== undefined) {
    dataRows = Number(args.rows);
    if (!Number.isInteger(dataRows) || dataRows < 1 || dataRows > 10000) throw new UsageError(`--rows «${args.rows}»: ожидается целое число строк от 1 до 10 000.`);
  }

  const chosen = new Map<string, Preset>();
  for (const name of args.presets ?? []) {
    let p: Preset;
    try {
      p = presetByName(name);
    } catch (e) {
      throw new UsageError(e instanceof Error ? `${e.message}.` : String(e));
    }
    if (!ids.includes(p.formId)) throw new UsageError(`Набор строк «${p.name}» относится к форме «${p.formId}», а её нет среди указанных форм (${ids.join(", ")}).`);
    if (chosen.has(p.formId)) throw new UsageError(`Для формы «${p.formId}» указано два набора строк: «${chosen.get(p.formId)!.name}» и «${p.name}».`);
    chosen.set(p.formId, p);
  }
  const municipalities = args.municipalities
    ? (await readReferenceFile(args.municipalities, MUNICIPALITY_LIST_HEADERS, undefined, "перечень муниципалитетов")).values
    : undefined;

  const plans = specs.map((spec) => {
    const p = chosen.get(spec.id) ?? defaultPreset(spec.id);
    let planYears = years;
    if (p?.years?.length) {
      if (years && years.join() !== p.years.join()) {
        output.err(`Набор строк «${p.name}» составлен на ${p.years[0]}–${p.years[p.years.length - 1]} годы: для таблицы «${spec.title}» взяты его годы, а не --years.`);
      }
      planYears = p.years;
    }
    try {
      return buildSheetPlan(spec, {
        ...(planYears ? { years: planYears } : {}),
        ...(p ? { preset: p } : {}),
        ...(municipalities ? { municipalities } : {}),
        ...(dataRows ? { dataRows } : {}),
      });
    } catch (e) {
      throw new CliError(`Не удалось построить таблицу «${spec.title}»: ${e instanceof Error ? e.message : String(e)}.`);
    }
  });
  writeFileAtomic(file, await planWorkbookBuffer(plans));
  output.out(`Записано: ${file}`);
  for (const [i, plan] of plans.entries()) {
    const p = chosen.get(specs[i].id) ?? defaultPreset(specs[i].id);
    output.out(`  лист «${plan.sheetName}» — ${specs[i].title} (${specs[i].id})${p ? `, строки: ${p.title}` : ""}`);
  }
  return 0;
}
