/**
 * The top of the shipped Code.js: one top-level `function EDU_<id>(...)` per catalogue entry with `@customfunction`
 * JSDoc in Russian (Google Sheets builds its autocomplete and help from these comments), each handing its
 * `arguments` to the bundled library; then a stub for every server function the library exports (menus and the
 * sidebar call only top-level functions). The text comes from the catalogue, so help is never written twice:
 * the build runs this against the bundle it has just made and puts the result in front of it.
 */
import type { FunctionSpec } from "../src/core/catalog_types";
import { sheetsName, toSheetsText } from "./to_sheets_text";

const WIDTH = 110;

/** What the build needs to write the top of Code.js. */
export interface TopLevelOptions {
  /** The global variable the bundle assigns its exports to (webpack `output.library.name`). */
  library: string;
  catalog: readonly FunctionSpec[];
  /** Names of the functions in `<library>.server`, each to become a top-level function of the same name. */
  server: readonly string[];
  /** Russian one-line descriptions of the server functions, by name (shown in the script editor) */
  serverDocs?: Readonly<Record<string, string>>;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Text placed in a comment: it must not close the comment or start a JSDoc tag that would be misread. */
function commentSafe(text: string, where: string): string {
  if (text.includes("*/") || /(^|\s)@/.test(text)) throw new Error(`${where}: текст справки содержит «*/» или «@»`);
  return text.replace(/\s+/g, " ").trim();
}

/** Words of `text` in comment lines no wider than WIDTH; the first line starts with `first`, the rest with `next`. */
function wrap(text: string, first: string, next: string): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(" ")) {
    const start = line === first || line === next;
    if (!start && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = next + word;
    } else {
      line += (start ? "" : " ") + word;
    }
  }
  lines.push(line);
  return lines;
}

const RETURNS: Record<FunctionSpec["shape"], string> = {
  "per-row": "столбец значений — по одному на каждую строку первого аргумента.",
  "like-input": "значения в форме первого аргумента: столбец для столбца, строка для строки.",
  elementwise: "одно значение; для диапазонов — диапазон того же размера (поэлементно).",
  single: "одно значение.",
};

/** How a per-cell error of a spilled result looks in Sheets, said wherever such a result can occur. */
export const CELL_ERROR_NOTE =
  "Ошибка в отдельной ячейке результата показывается текстом кода (#N/A, #DIV/0!, #NUM!, #VALUE!), остальные ячейки " +
  "вычисляются; другие функции EDU_ читают такой текст как пропуск.";

/**
 * The JSDoc and top-level declaration of one custom function. O(length of the help).
 * @param spec the catalogue entry
 * @param library the global the bundle assigns its exports to
 * @returns source text
 * @example renderCustomFunction(functionSpec("BELOW"), "EduSheets") // => "/**\n * ИСТИНА, если…"
 */
export function renderCustomFunction(spec: FunctionSpec, library: string): string {
  const name = sheetsName(spec.id);
  const out = ["/**"];
  out.push(...wrap(commentSafe(toSheetsText(spec.ru.description), name), " * ", " * "), " *");
  out.push(...wrap(commentSafe(toSheetsText(spec.ru.help), name), " * ", " * "), " *");
  out.push(` * В Excel: ОБР.${spec.ru.name} (EDU.${spec.id}).`, " *");
  for (const p of spec.params) {
    if (!IDENTIFIER.test(p.name)) throw new Error(`${name}: имя параметра ${p.name} не годится для JavaScript`);
    const type = p.range ? "{Array<Array<*>>|*}" : "{*}";
    const text = `${p.ru.name}${p.optional ? " (необязательный)" : ""}: ${toSheetsText(p.ru.description)}`;
    out.push(...wrap(commentSafe(text, `${name}.${p.name}`), ` * @param ${type} ${p.name} `, " *     "));
  }
  const returns = RETURNS[spec.shape] + (spec.shape === "single" ? "" : ` ${CELL_ERROR_NOTE}`);
  out.push(...wrap(returns, ` * @return ${spec.shape === "per-row" || spec.shape === "like-input" ? "{Array<Array<*>>}" : "{*}"} `, " *     "));
  out.push(" * @customfunction", " */");
  const params = spec.params.map((p) => p.name).join(", ");
  out.push(`function ${name}(${params}) {`, `  return ${library}.functions.${name}.apply(null, arguments);`, "}");
  return out.join("\n");
}

/** A top-level function forwarding to a server function of the library (for menus, triggers and the sidebar). */
function renderServerFunction(name: string, library: string, doc?: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`серверная функция ${name}: недопустимое имя`);
  const text = doc ? `${commentSafe(doc, name)} ` : "";
  return [
    ...wrap(`${text}Серверная функция надстройки: ${library}.server.${name}.`, "/** ", " * ").map((l, i, all) => (i === all.length - 1 ? `${l} */` : l)),
    `function ${name}() {`,
    `  return ${library}.server.${name}.apply(null, arguments);`,
    "}",
  ].join("\n");
}

const HEADER = [
  "/**",
  " * «Дорожная карта: поддержка школ» для Google Таблиц: функции EDU_<ИМЯ> — ИСБ, пороги, целевые показатели.",
  " * Этот файл собран автоматически (npm run build) из каталога функций; правьте src/core/catalog.ts, а не его.",
  " *",
  " * Пустая ячейка — пропуск, а не ноль; числа, записанные текстом по-русски («12,5», «1 234»), читаются как числа;",
  " * дата читается как её порядковый номер, как в Excel (часовой пояс таблицы должен совпадать с поясом скрипта).",
  " * Ошибка всего вызова показывается как #ERROR! с сообщением «#КОД: причина», где #КОД — ошибка, которую",
  " * показал бы Excel: #VALUE! — неверный аргумент, #N/A — недостаточно данных, #DIV/0! — деление на ноль,",
  " * #NUM! — число вне допустимых значений.",
  ...wrap(CELL_ERROR_NOTE, " * ", " * "),
  " *",
  " * Ниже — функции верхнего уровня, которые видит Google Таблицы; в конце файла — библиотека, которую они вызывают.",
  " */",
].join("\n");

/**
 * The whole top of Code.js: header, custom functions in catalogue order, then server functions. O(catalogue).
 * @param options the library name, the catalogue and the server function names
 * @throws {Error} for a name that is not a JavaScript identifier, a server function that would shadow a custom
 *   function, or help text that cannot stand in a comment (the build must fail)
 * @returns source text ending with a newline
 */
export function renderTopLevel(options: TopLevelOptions): string {
  const custom = new Set(options.catalog.map((f) => sheetsName(f.id)));
  for (const s of options.server) {
    if (custom.has(s)) throw new Error(`серверная функция ${s} совпадает с именем пользовательской функции`);
  }
  const parts = [
    HEADER,
    ...options.catalog.map((f) => renderCustomFunction(f, options.library)),
    ...options.server.map((s) => renderServerFunction(s, options.library, options.serverDocs?.[s])),
  ];
  return parts.join("\n\n") + "\n\n";
}
