/**
 * The command line's small pieces, without spawning it: option parsing, Russian counts, the CSV report's escaping,
 * inputs from folders and wildcards, reading an input file.
 */
import fs from "fs";
import path from "path";
import { choiceOption, dateOption, jobsOption, yearsOption } from "../../cli/options";
import { formatCount, plural, seconds } from "../../cli/text";
import { reportCsv, reportFormat, reportJson } from "../../cli/report_output";
import { expandInputs } from "../../cli/expand_inputs";
import { readInput } from "../../cli/read_input";
import { decodeText } from "../../src/consolidate/decode_text";
import { UsageError } from "../../cli/errors";
import { buildReport, type Finding } from "../../src/validate";
import { tempDir } from "./helpers";

const finding = (value: Finding["value"], message = "м"): Finding => ({ sheet: "Лист", cell: "B4", field: "Поле", value, severity: "error", code: "type", message });

describe("options", () => {
  test("years: a range with a hyphen or a dash, one year, a list; wrong ones are usage errors", () => {
    expect(yearsOption("2024-2026")).toEqual([2024, 2025, 2026]);
    expect(yearsOption(" 2024 – 2025 ")).toEqual([2024, 2025]);
    expect(yearsOption("2025")).toEqual([2025]);
    expect(yearsOption("2026,2024, 2024")).toEqual([2024, 2026]);
    for (const bad of ["2026-2024", "24-26", "1999", "2024-2040", "в этом году"]) expect(() => yearsOption(bad)).toThrow(UsageError);
  });

  test("dates that exist, jobs 1–64, choices case-insensitive", () => {
    expect(dateOption("2024-02-29")).toBe("2024-02-29");
    expect(() => dateOption("2025-02-29")).toThrow("не распознана");
    expect(() => dateOption("30.06.2025")).toThrow(UsageError);
    expect(jobsOption("4")).toBe(4);
    for (const bad of ["0", "1.5", "65", "два"]) expect(() => jobsOption(bad)).toThrow(UsageError);
    expect(choiceOption(" MinMax ", ["z", "minmax", "rank"], "--method")).toBe("minmax");
    expect(() => choiceOption("median", ["z"], "--method")).toThrow("--method «median»: ожидается одно из: z");
  });
});

describe("text", () => {
  test("Russian plurals and numbers", () => {
    expect([1, 2, 5, 11, 12, 21, 22, 25, 111, 2000].map((n) => plural(n, "файл", "файла", "файлов"))).toEqual([
      "1 файл",
      "2 файла",
      "5 файлов",
      "11 файлов",
      "12 файлов",
      "21 файл",
      "22 файла",
      "25 файлов",
      "111 файлов",
      "2\u00a0000 файлов",
    ]);
    expect(formatCount(1234567)).toBe("1\u00a0234\u00a0567");
    expect(seconds(1234)).toBe("1,2 с");
  });
});

describe("report formats", () => {
  test("by extension, case-insensitive; anything else is a usage error", () => {
    expect(reportFormat("a.JSON")).toBe("json");
    expect(reportFormat("папка/отчёт.csv")).toBe("csv");
    expect(reportFormat("r.xlsx")).toBe("xlsx");
    expect(() => reportFormat("r")).toThrow("без расширения");
  });

  test("CSV: decimal commas, quotes where needed, text a spreadsheet would run as a formula made inert", () => {
    const csv = reportCsv(
      buildReport([
        { file: "a;b.xlsx", findings: [finding(12.5), finding('=HYPERLINK("http://x")'), finding("-5"), finding("-cmd|x"), finding("две\nстроки", 'с "кавычками"'), finding(null), finding(true)] },
      ]),
    );
    const lines = csv.slice(1).split("\r\n");
    expect(lines[1]).toBe('"a;b.xlsx";Лист;B4;Поле;12,5;ошибка;type;м');
    expect(lines[2]).toBe('"a;b.xlsx";Лист;B4;Поле;"\'=HYPERLINK(""http://x"")";ошибка;type;м');
    expect(lines[3]).toBe('"a;b.xlsx";Лист;B4;Поле;-5;ошибка;type;м');
    expect(lines[4]).toBe('"a;b.xlsx";Лист;B4;Поле;\'-cmd|x;ошибка;type;м');
    expect(lines[5]).toBe('"a;b.xlsx";Лист;B4;Поле;"две\nстроки";ошибка;type;"с ""кавычками"""');
    expect(lines[6]).toBe('"a;b.xlsx";Лист;B4;Поле;;ошибка;type;м');
    expect(lines[7]).toBe('"a;b.xlsx";Лист;B4;Поле;ИСТИНА;ошибка;type;м');
  });

  test("JSON: files and their issues only, in order", () => {
    const json = JSON.parse(reportJson(buildReport([{ file: "a.xlsx", findings: [finding(1)] }, { file: "b.xlsx", findings: [] }])));
    expect(json).toEqual({ files: [{ file: "a.xlsx", issues: [finding(1)] }, { file: "b.xlsx", issues: [] }] });
  });
});

describe("inputs", () => {
  test("folders give their workbooks in name order without Excel's lock files; wildcards; a file named twice counts once", () => {
    const dir = tempDir();
    for (const f of ["б.xlsx", "а.xlsx", "~$а.xlsx", "в.XLSM", "заметки.txt"]) fs.writeFileSync(path.join(dir, f), "x");
    fs.mkdirSync(path.join(dir, "вложенная"));
    const r = expandInputs([dir, path.join(dir, "а.xlsx"), path.join(dir, "*.txt"), path.join(dir, "нет*.xlsx"), path.join(dir, "нет.xlsx")]);
    expect(r.files.map((f) => path.relative(dir, f))).toEqual(["а.xlsx", "б.xlsx", "в.XLSM", "заметки.txt", "нет.xlsx"]);
    expect(r.notes).toEqual([`По шаблону «${path.join(dir, "нет*.xlsx")}» не найдено ни одного файла`]);
    expect(readInput(path.join(dir, "а.xlsx")).toString()).toBe("x");
    expect(() => readInput(path.join(dir, "нет.xlsx"))).toThrow("файл не найден");
    expect(() => readInput(path.join(dir, "вложенная"))).toThrow(/это не файл|это папка/);
    expect(() => readInput(path.join(dir, "а.xlsx"), 0)).toThrow("файл слишком большой");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("list files: UTF-8 with or without BOM, else Windows-1251", () => {
    expect(decodeText(Buffer.from("Код ОО", "utf8"))).toBe("Код ОО");
    expect(decodeText(Buffer.from([0xca, 0xee, 0xe4, 0x20, 0xce, 0xce]))).toBe("Код ОО");
  });
});
