/**
 * The commands, their options and Russian help. commander parses; its own English wording (section titles,
 * "(default: …)", error messages) is replaced so that a person sees Russian only.
 */
import fs from "fs";
import path from "path";
import { Command, CommanderError, type Help } from "commander";
import { EXIT, UsageError } from "./errors";
import type { Output } from "./output";
import { consoleOutput } from "./output";

/** The default folder of the demonstration (`commands/demo` is loaded only when run: it pulls in exceljs). */
const DEMO_DIR = "edu-roadmap-demo";

const TITLES: Readonly<Record<string, string>> = {
  "Usage:": "Использование:",
  "Options:": "Параметры:",
  "Commands:": "Команды:",
  "Arguments:": "Аргументы:",
  "Global Options:": "Общие параметры:",
};

const EXIT_CODES_HELP = "\nКоды выхода: 0 — ошибок нет (предупреждения допустимы), 1 — есть ошибки или файл не прочитан, 2 — неверный вызов.";

/** The version of the package, read from its package.json (two levels up from the compiled file, one from the source). */
function packageVersion(): string {
  for (const up of ["..", "../.."]) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, up, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "edu-roadmap" && pkg.version) return pkg.version;
    } catch {
      // try the next level
    }
  }
  return "0.0.0";
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

const HISTORY_HELP =
  "файл той же формы за прошлые годы (свод или файлы школ; можно папку или шаблон, параметр повторяется) — для предупреждений об изменении доли больше чем на 20 п. п. за год";

/** The Russian line for a parse error of commander. */
function usageMessage(e: CommanderError): string {
  const quoted = /'([^']*)'/.exec(e.message)?.[1] ?? "";
  switch (e.code) {
    case "commander.unknownCommand":
      return `Неизвестная команда «${quoted}». Команды: forms, scaffold, validate, consolidate, swi, demo (справка: edu-roadmap --help).`;
    case "commander.unknownOption":
      return `Неизвестный параметр «${quoted}» (справка: edu-roadmap <команда> --help).`;
    case "commander.missingArgument":
      return `Не хватает аргумента «${quoted}» (справка: edu-roadmap <команда> --help).`;
    case "commander.optionMissingArgument":
      return `У параметра «${quoted}» нет значения.`;
    case "commander.missingMandatoryOptionValue":
      return `Не указан обязательный параметр «${quoted}».`;
    case "commander.excessArguments":
      return "Лишние аргументы (справка: edu-roadmap <команда> --help).";
    case "commander.invalidArgument":
      return `Недопустимое значение: ${quoted}.`;
    default:
      return `Неверный вызов (справка: edu-roadmap --help).`;
  }
}

/**
 * The program with its commands; the exit code of the command run is passed to `setCode`.
 * @param output where commands print
 * @param setCode receives the exit code
 * @returns the commander program
 * @example await buildProgram(consoleOutput(), (c) => (code = c)).parseAsync(["forms"], { from: "user" })
 */
export function buildProgram(output: Output, setCode: (code: number) => void, quietOutput: (quiet: boolean) => Output = () => output): Command {
  const program = new Command();
  program
    .name("edu-roadmap")
    .usage("<команда> [параметры]")
    .description(
      "Дорожная карта поддержки школ: шаблоны форм для школ, проверка и свод присланных файлов, индекс социального благополучия (ИСБ).\n" +
        "Начните с демонстрации: edu-roadmap demo",
    )
    .version(packageVersion(), "-V, --version", "показать версию")
    .helpOption("-h, --help", "показать справку")
    .helpCommand("help [команда]", "справка по команде")
    .configureHelp({
      styleTitle: (s: string) => TITLES[s] ?? s,
      optionDescription: (o: { description: string }) => o.description,
      argumentDescription: (a: { description: string }) => a.description,
      subcommandTerm: (c: Command) =>
        [c.name(), ...c.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? "..." : ""}>` : `[${a.name()}${a.variadic ? "..." : ""}]`))].join(" "),
    } as Partial<Help>)
    .configureOutput({
      writeOut: (s) => output.out(s.replace(/\n$/, "")),
      writeErr: (s) => output.err(s.replace(/\n$/, "")),
      outputError: () => undefined,
    })
    .exitOverride()
    .showSuggestionAfterError(false);

  program
    .command("forms")
    .usage("")
    .description("формы: идентификаторы, названия и наборы строк для --preset")
    .action(async () => setCode((await import("./commands/forms")).formsCommand(output)));

  program
    .command("scaffold")
    .usage("<форма>... -o <файл.xlsx> [параметры]")
    .description("шаблоны форм (по листу на форму) со встроенными проверками для Excel, LibreOffice и Google Таблиц")
    .argument("<формы...>", "идентификаторы форм (список: edu-roadmap forms)")
    .option("-o, --output <файл>", "файл результата .xlsx (обязательно)")
    .option("--preset <набор>", "набор строк из документов-источников (можно несколько раз, по одному на форму)", collect, [])
    .option("--years <годы>", "годы программы: 2024-2026, 2025 или 2024,2025 (по умолчанию текущий и два следующих)")
    .option("--municipalities <файл>", "перечень муниципалитетов для выпадающего списка (txt, csv или xlsx)")
    .option("--rows <число>", "число подготовленных строк данных (по умолчанию как в форме)")
    .addHelpText("after", "\nПример: edu-roadmap scaffold context results -o шаблоны.xlsx\n         edu-roadmap scaffold plan --preset plan-tambov --years 2024-2026 -o план.xlsx")
    .action(async (forms: string[], o: { output?: string; preset: string[]; years?: string; municipalities?: string; rows?: string }) => {
      const { scaffoldCommand } = await import("./commands/scaffold");
      setCode(await scaffoldCommand({ forms, output: o.output, presets: o.preset, years: o.years, municipalities: o.municipalities, rows: o.rows }, output));
    });

  program
    .command("validate")
    .usage("<форма> <файлы>... [--report отчёт.json|.csv|.xlsx] [параметры]")
    .description("проверка присланных файлов по форме: сводка по каждому файлу и итог")
    .argument("<форма>", "идентификатор формы (context, results, …)")
    .argument("<файлы...>", "файлы .xlsx, папки с ними или шаблоны имён вида школы/*.xlsx")
    .option("--report <файл>", "записать отчёт: .json, .csv (для Excel) или .xlsx")
    .option("--municipalities <файл>", "перечень муниципалитетов региона (txt, csv или xlsx)")
    .option("--as-of <дата>", "дата для проверки просроченных сроков, ГГГГ-ММ-ДД (по умолчанию сегодня)")
    .option("--history <файл>", HISTORY_HELP, collect, [])
    .option("--jobs <число>", "число потоков (по умолчанию — число ядер процессора)")
    .option("-q, --quiet", "без индикатора хода работы")
    .addHelpText("after", `\nПример: edu-roadmap validate context школы/ --history свод-2023.xlsx --report отчёт.xlsx${EXIT_CODES_HELP}`)
    .action(async (form: string, files: string[], o: { report?: string; municipalities?: string; asOf?: string; history: string[]; jobs?: string; quiet?: boolean }) => {
      const { validateCommand } = await import("./commands/validate");
      setCode(
        await validateCommand(
          { form, files, report: o.report, municipalities: o.municipalities, asOf: o.asOf, jobs: o.jobs, ...(o.history.length ? { history: o.history } : {}) },
          quietOutput(o.quiet === true),
        ),
      );
    });

  program
    .command("consolidate")
    .usage("<форма> <файлы>... -o <свод.xlsx> [параметры]")
    .description("свод файлов формы в одну таблицу с источником каждой строки и листом замечаний")
    .argument("<форма>", "идентификатор формы (context, results, …)")
    .argument("<файлы...>", "файлы .xlsx, папки с ними или шаблоны имён")
    .option("-o, --output <файл>", "файл свода .xlsx (обязательно)")
    .option("--schools <файл>", "перечень ожидаемых школ: столбец «Код ОО» (txt, csv или xlsx; подойдёт и файл формы context)")
    .option("--municipalities <файл>", "перечень муниципалитетов региона (txt, csv или xlsx)")
    .option("--exclude-invalid", "не включать в свод строки с ошибками (по умолчанию включаются и отмечаются)")
    .option("--as-of <дата>", "дата для проверки сроков, ГГГГ-ММ-ДД")
    .option("--history <файл>", HISTORY_HELP, collect, [])
    .option("--formulas", "для results: добавить столбец доли с формулой EDU.SHARE (для координаторов с надстройкой)")
    .option("--jobs <число>", "число потоков (по умолчанию — число ядер процессора)")
    .option("-q, --quiet", "без индикатора хода работы")
    .addHelpText(
      "after",
      "\nДля results в своде есть столбец «Доля не преодолевших порог» и листы «По школам» (риск 30 %, стабильно низкие результаты) и «Пояснения»." +
        `\nПример: edu-roadmap consolidate context школы/ --schools школы.csv -o свод.xlsx${EXIT_CODES_HELP}`,
    )
    .action(
      async (
        form: string,
        files: string[],
        o: { output?: string; schools?: string; municipalities?: string; excludeInvalid?: boolean; asOf?: string; history: string[]; formulas?: boolean; jobs?: string; quiet?: boolean },
      ) => {
        const { consolidateCommand } = await import("./commands/consolidate");
        setCode(
          await consolidateCommand(
            {
              form,
              files,
              output: o.output,
              schools: o.schools,
              municipalities: o.municipalities,
              excludeInvalid: o.excludeInvalid,
              asOf: o.asOf,
              jobs: o.jobs,
              ...(o.history.length ? { history: o.history } : {}),
              ...(o.formulas ? { formulas: true } : {}),
            },
            quietOutput(o.quiet === true),
          ),
        );
      },
    );

  program
    .command("swi")
    .usage("<свод.xlsx> -o <файл.xlsx> [параметры]")
    .description("индекс социального благополучия (ИСБ), группа и тип школы по сводной таблице контекстных данных")
    .argument("<свод>", "книга с таблицей формы context (например, результат consolidate)")
    .option("-o, --output <файл>", "файл результата .xlsx (обязательно)")
    .option("--method <метод>", "нормировка показателей: z (по умолчанию), minmax или rank")
    .option("--results <файл>", "книга с таблицей результатов (форма results), если её нет в своде")
    .option("--procedure <процедура>", "результат для типа школы: ЕГЭ (по умолчанию), ОГЭ или ВПР")
    .option("--subject <предмет>", "предмет результата (по умолчанию «Русский язык»)")
    .option("--grade <класс>", "класс для ВПР")
    .option("--year <учебный год>", "учебный год результата, например 2024/2025 (по умолчанию последний в таблице)")
    .option("--measure <мера>", "mean — средний балл (по умолчанию) или pass — доля преодолевших минимальный порог")
    .option("--formulas", "добавить формулы EDU.SWI, EDU.SWI_GROUP, EDU.QUADRANT (для координаторов с надстройкой)")
    .addHelpText("after", "\nПример: edu-roadmap swi свод-контекст.xlsx --results свод-результаты.xlsx -o исб.xlsx")
    .action(
      async (
        input: string,
        o: { output?: string; method?: string; results?: string; procedure?: string; subject?: string; grade?: string; year?: string; measure?: string; formulas?: boolean },
      ) => {
        const { swiCommand } = await import("./commands/swi");
        setCode(await swiCommand({ input, ...o }, output));
      },
    );

  program
    .command("demo")
    .usage("[папка] [параметры]")
    .description(`демонстрация на синтетическом регионе: шаблоны, файлы 60 школ с типичными ошибками, проверка, свод, ИСБ (по умолчанию в ./${DEMO_DIR})`)
    .argument("[папка]", `папка для всех файлов демонстрации (по умолчанию ${DEMO_DIR})`)
    .option("--jobs <число>", "число потоков (по умолчанию — число ядер процессора)")
    .option("-q, --quiet", "без сообщения о времени работы")
    .action(async (dir: string | undefined, o: { jobs?: string; quiet?: boolean }) => {
      const { demoCommand } = await import("./commands/demo");
      setCode(await demoCommand({ ...(dir ? { dir } : {}), ...(o.jobs ? { jobs: o.jobs } : {}) }, quietOutput(o.quiet === true)));
    });

  return program;
}

/**
 * Runs the command line.
 * @param argv the arguments after the program name
 * @param output where to print (default the terminal)
 * @returns the exit code
 * @example await run(["validate", "nope", "a.xlsx"]) // => 2
 */
export async function run(argv: readonly string[], output: Output = consoleOutput()): Promise<number> {
  let code: number = EXIT.ok;
  const withQuiet = (quiet: boolean): Output => (quiet ? { ...output, progress: false } : output);
  const program = buildProgram(output, (c) => (code = c), withQuiet);
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return EXIT.ok;
      // `help` asked for is fine; help shown because no command was given is wrong usage.
      if (e.code === "commander.help") return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
      output.err(usageMessage(e));
      return EXIT.usage;
    }
    if (e instanceof UsageError) {
      output.err(e.message);
      return EXIT.usage;
    }
    output.err(e instanceof Error && e.name === "CliError" ? e.message : `Непредвиденная ошибка: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.failed;
  }
}
