/**
 * Columns and enums shared by several forms, so that `Код ОО` or `Учебный год` reads and checks the same way
 * in every table that has it.
 */
import type { ColumnSpec, EnumSpec, EnumValue, Condition } from "../types";

/**
 * An enum from canonical values, each optionally with accepted aliases.
 * @returns the enum spec
 * @example enumOf("да", ["нет", ["-"]]).values[1] // => { value: "нет", aliases: ["-"] }
 */
export function enumOf(...values: (string | readonly [string, readonly string[]])[]): EnumSpec {
  const out: EnumValue[] = values.map((v) => (typeof v === "string" ? { value: v } : { value: v[0], aliases: v[1] }));
  return { values: out };
}

/**
 * A condition on another column of the row.
 * @returns the condition
 * @example when("procedure", ["ВПР"], "для ВПР").in // => ["ВПР"]
 */
export const when = (column: string, values: readonly string[], label: string): Condition => ({ column, in: values, label });

/**
 * `Код ОО`: the school's code in the regional register; kept as text so that leading zeros survive.
 * @returns the column spec
 * @example schoolCodeColumn("…", true).rules // => [{ kind: "required" }, { kind: "unique" }]
 */
export function schoolCodeColumn(help: string, unique: boolean): ColumnSpec {
  return {
    key: "code",
    header: "Код ОО",
    type: "text",
    rules: unique ? [{ kind: "required" }, { kind: "unique" }] : [{ kind: "required" }],
    help,
    width: 12,
    numFmt: "@",
    examples: ["670101", "670102"],
  };
}

/**
 * `Учебный год` in the form `2024/2025`.
 * @returns the column spec
 * @example academicYearColumn(true).type // => "academic-year"
 */
export function academicYearColumn(required: boolean): ColumnSpec {
  return {
    key: "year",
    header: "Учебный год",
    type: "academic-year",
    rules: required ? [{ kind: "required" }] : [],
    help: "Учебный год в виде 2024/2025: год начала, косая черта, год окончания (на 1 больше).",
    width: 12,
    numFmt: "@",
    examples: ["2024/2025", "2023/2024"],
  };
}

export const LOCALITY: EnumSpec = enumOf(
  ["город", ["городская", "городская местность", "городской"]],
  ["село", ["сельская", "сельская местность", "сельский"]],
);

/**
 * `Тип местности`: город / село.
 * @returns the column spec
 * @example localityColumn(false).enum?.values.map((v) => v.value) // => ["город", "село"]
 */
export function localityColumn(required: boolean): ColumnSpec {
  return {
    key: "locality",
    header: "Тип местности",
    type: "enum",
    enum: LOCALITY,
    rules: required ? [{ kind: "required" }] : [],
    help: "Выберите из списка: «город» или «село».",
    width: 11,
    examples: ["город", "село"],
  };
}

/**
 * `№ п/п` of a roadmap table: `1`, `2.3`; checked for uniqueness and consistency with its section.
 * @returns the column spec
 * @example itemNumberColumn().header // => "№ п/п"
 */
export function itemNumberColumn(): ColumnSpec {
  return {
    key: "num",
    header: "№ п/п",
    type: "item-number",
    rules: [{ kind: "numbering" }],
    help: "Номер пункта: 1, 2, … или 2.1, 2.2 внутри раздела 2. Номера не повторяются. Строка раздела — текст «2. Название раздела» в первой ячейке строки.",
    width: 7,
    numFmt: "@",
    examples: ["1", "2"],
  };
}

/** Marks of "not applicable" used in roadmap tables instead of an amount. */
export const NA_MARKS: readonly string[] = ["х", "x", "-", "–", "—"];
