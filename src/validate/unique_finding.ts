/**
 * The words of a `unique` finding — the same whether the repeat is within a file or across the files (or sheets)
 * of one consolidation, whichever part of the program found it.
 */
import { codeInfo, renderMessage } from "./codes";
import type { Finding } from "./types";

/** What the sources of a consolidation are: files (the command line, the task pane) or sheets of one spreadsheet. */
export type SourceNoun = "файл" | "лист";

/**
 * What is repeated, for the message. O(names).
 * @param names headers of the key's columns («Код ОО», or the combination)
 * @param described the unique column's value described for a message (`«670101»`)
 * @returns the problem text
 * @example uniqueProblem(["Код ОО"], "«670101»") // => "Значение «670101» в столбце «Код ОО» повторяется"
 */
export function uniqueProblem(names: readonly string[], described: string): string {
  return names.length > 1
    ? `Строка повторяет сочетание ${names.map((n) => `«${n}»`).join(", ")}`
    : `Значение ${described} в столбце «${names[0]}» повторяется`;
}

export interface CrossFileRepeat {
  /** where the repeat is: the sheet and A1 cell of the unique column, the header, the value as found */
  sheet: string;
  cell: string;
  field: string;
  value: string | number | boolean | null;
  /** the value described for a message (`«670101»`) */
  described: string;
  /** headers of the key's columns, in rule order */
  names: readonly string[];
  /** where the key was first seen */
  first: { file: string; sheet: string; cell: string };
}

/**
 * The `unique` finding of a key already seen in another file (or sheet) of the same consolidation. O(names).
 * @param r where the repeat is and where the key was first seen
 * @param noun the sources are files (default) or sheets of one spreadsheet
 * @returns the finding
 * @example crossFileUniqueFinding({ sheet: "Лист1", cell: "A5", field: "Код ОО", value: "1", described: "«1»", names: ["Код ОО"], first: { file: "a.xlsx", sheet: "Лист1", cell: "A4" } }).message // => "Значение «1» в столбце «Код ОО» повторяется — уже есть в файле «a.xlsx» (лист «Лист1», ячейка A4): ожидается значение, уникальное во всех файлах"
 */
export function crossFileUniqueFinding(r: CrossFileRepeat, noun: SourceNoun = "файл"): Finding {
  const info = codeInfo("unique");
  const first =
    noun === "лист" ? `на листе «${r.first.sheet}» (ячейка ${r.first.cell})` : `в файле «${r.first.file}» (лист «${r.first.sheet}», ячейка ${r.first.cell})`;
  return {
    sheet: r.sheet,
    cell: r.cell,
    field: r.field,
    value: r.value,
    severity: info.severity,
    code: info.code,
    message: renderMessage("unique", {
      problem: uniqueProblem(r.names, r.described),
      first,
      expected: noun === "лист" ? "значение, уникальное на всех листах" : "значение, уникальное во всех файлах",
    }),
  };
}
