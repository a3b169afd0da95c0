/**
 * `edu-roadmap swi <region.xlsx> -o <out.xlsx> [--method z|minmax|rank]`: the social wellbeing index of every school
 * of a consolidated `context` table, its quartile group and — with a `results` table in the same workbook or given
 * by `--results` — the type of school, written as values next to the table with a sheet of notes. The same core
 * as the worksheet functions computes them.
 */
import path from "path";
import { CONTEXT } from "../../src/forms/specs/context";
import { RESULTS } from "../../src/forms/specs/results";
import { extractTable } from "../../src/consolidate/extract_table";
import type { ExtractedTable } from "../../src/consolidate/types";
import { regionIndex, type RegionIndex, type SwiMethod } from "../../src/region/region_index";
import { schoolResults, type ResultMeasure, type SchoolResults } from "../../src/region/school_results";
import { indexPlans, INDEX_SHEETS } from "../../src/region/index_plans";
import { loadWorkbookSafely } from "../../src/xlsx/load_safely";
import type { WorkbookTables } from "../../src/validate/types";
import { CliError, UsageError } from "../errors";
import { choiceOption, outputOption } from "../options";
import type { Output } from "../output";
import { readInput, InputError } from "../read_input";
import { formatCount } from "../text";
import { workbookBuffer } from "../workbook_output";
import { writeFileAtomic } from "../write_atomic";

export interface SwiArgs {
  input: string;
  output?: string;
  method?: string;
  results?: string;
  procedure?: string;
  subject?: string;
  grade?: string;
  year?: string;
  measure?: string;
  formulas?: boolean;
}

const METHODS: readonly SwiMethod[] = ["z", "minmax", "rank"];
const MEASURES: readonly ResultMeasure[] = ["mean", "pass"];

/** A workbook given on the command line, read once. */
async function readWorkbookFile(file: string): Promise<WorkbookTables> {
  let data: Buffer;
  try {
    data = readInput(file);
  } catch (e) {
    throw new CliError(`Не удалось прочитать «${file}»: ${e instanceof InputError ? e.message : String(e)}.`);
  }
  try {
    return await loadWorkbookSafely(data, { name: path.basename(file) });
  } catch (e) {
    throw new CliError(`Файл «${file}» не читается как книга Excel: ${e instanceof Error ? e.message : String(e)}.`);
  }
}

export interface SwiResult {
  code: number;
  index: RegionIndex;
}

/**
 * Computes the index and writes the workbook.
 * @returns exit code and the index
 * @throws {UsageError} for bad options
 * @throws {CliError} when an input cannot be read or has no table of the form, or the output cannot be written
 * @example (await runSwi({ input: "свод.xlsx", output: "исб.xlsx" }, consoleOutput())).index.counts.schools // => 58
 */
export async function runSwi(args: SwiArgs, output: Output): Promise<SwiResult> {
  const inputs = [args.input, ...(args.results ? [args.results] : [])];
  const target = outputOption(args.output, ".xlsx", inputs);
  const method = choiceOption(args.method ?? "z", METHODS, "--method");
  const measure = choiceOption(args.measure ?? "mean", MEASURES, "--measure");
  let grade: number | undefined;
  if (args.grade !== undefined) {
    grade = Number(args.grade);
    if (!Number.isInteger(grade) || grade < 4 || grade > 11) throw new UsageError(`--grade «${args.grade}»: ожидается класс от 4 до 11.`);
  }

  const tables = await readWorkbookFile(args.input);
  const context = extractTable(tables, CONTEXT);
  if (!context) {
    throw new CliError(`В книге «${args.input}» нет таблицы формы «${CONTEXT.title}»: не найдены ни скрытая метка формы, ни её заголовки (например, «Код ОО», «${"Численность обучающихся"}»).`);
  }
  let resultsTable: ExtractedTable | undefined;
  let resultsSource = args.input;
  if (args.results) {
    resultsTable = extractTable(await readWorkbookFile(args.results), RESULTS);
    resultsSource = args.results;
    if (!resultsTable) throw new CliError(`В книге «${args.results}» нет таблицы формы «${RESULTS.title}».`);
  } else {
    resultsTable = extractTable(tables, RESULTS);
  }
  let results: SchoolResults | undefined;
  if (resultsTable) {
    try {
      results = schoolResults(resultsTable, {
        ...(args.procedure ? { procedure: args.procedure } : {}),
        ...(args.subject ? { subject: args.subject } : {}),
        ...(grade !== undefined ? { grade } : {}),
        ...(args.year ? { year: args.year } : {}),
        measure,
      });
    } catch (e) {
      throw new UsageError(`Результат для типа школы: ${e instanceof Error ? e.message : String(e)}.`);
    }
    if (results.byCode.size === 0) {
      output.err(`В таблице результатов «${resultsSource}» нет строк «${results.label.split(":")[0]}»: тип школы — «нет данных». Выберите другой результат (--procedure, --subject, --year).`);
    }
  } else if (args.procedure || args.subject || args.year || args.grade || args.measure) {
    output.err("Таблица результатов не найдена и не указана (--results): параметры результата не применены.");
  }

  let index: RegionIndex;
  try {
    index = regionIndex(context, { method, ...(results ? { results } : {}) });
  } catch (e) {
    throw new CliError(`ИСБ не рассчитан: ${e instanceof Error ? e.message : String(e)}.`);
  }
  const plans = indexPlans(index, { formulas: args.formulas === true, source: path.basename(args.input) });
  writeFileAtomic(target, await workbookBuffer(plans.plans, plans.arrayFormulas));

  const c = index.counts;
  const methodName = { z: "z-оценка", minmax: "минмакс", rank: "ранг" }[method];
  output.out(`ИСБ: школ — ${formatCount(c.schools)}, рассчитан у ${formatCount(c.withSwi)}; метод — ${methodName}; показателей — ${index.indicators.filter((i) => i.used).length}.`);
  output.out(`Группы по ИСБ (1 — наименее благополучные): ${c.groups.map((n, i) => `${i + 1} — ${formatCount(n)}`).join(", ")}.`);
  if (results) {
    const order = ["НОР и НСУ", "резильентная", "НСУ", "НОР", "нет данных"];
    output.out(`Тип школы по результату «${results.label}»: ${order.map((t) => `${t} — ${formatCount(c.types[t] ?? 0)}`).join(", ")}.`);
  } else output.out("Тип школы не определён: нет таблицы результатов (укажите --results).");
  if (index.excluded.length) output.out(`Не учтено строк: ${formatCount(index.excluded.length)} (повтор или отсутствие «Код ОО») — см. лист «${INDEX_SHEETS.notes}».`);
  output.out(`Записано: ${target} (листы «${INDEX_SHEETS.table}», «${INDEX_SHEETS.notes}»)`);
  return { code: 0, index };
}

/**
 * The command: exit code only.
 * @example await swiCommand({ input: "свод.xlsx", output: "исб.xlsx", method: "rank" }, consoleOutput()) // => 0
 */
export async function swiCommand(args: SwiArgs, output: Output): Promise<number> {
  return (await runSwi(args, output)).code;
}
