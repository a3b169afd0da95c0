/**
 * The registry of finding codes (forms.md, "Validation report"): severity, where the problem is (level),
 * a Russian title and a message template with named placeholders. A shipped code never changes; its wording may.
 * Every message is rendered here, so wording lives in one place.
 */
import type { Severity } from "./types";

export type Level = "file" | "sheet" | "row" | "cell";

export interface CodeInfo {
  code: string;
  severity: Severity;
  level: Level;
  /** short Russian title (docs, the report's legend) */
  title: string;
  /** Russian message with `{name}` placeholders */
  template: string;
}

const c = (code: string, severity: Severity, level: Level, title: string, template: string): CodeInfo => ({
  code,
  severity,
  level,
  title,
  template,
});

/** All codes, in the order of forms.md. */
export const CODES: readonly CodeInfo[] = [
  c("unreadable", "error", "file", "Файл не читается", "Файл не удалось прочитать как книгу Excel ({reason}): ожидается файл .xlsx, сохранённый из Excel, LibreOffice или Google Таблиц"),
  c("form-not-found", "error", "file", "Нет листа формы", "В книге нет листа формы «{form}»: не найден ни скрытый маркер шаблона, ни строка заголовков ({headers}). Ожидается лист из шаблона формы"),
  c("header", "error", "sheet", "Нет столбца", "Нет столбца «{field}»{found}: ожидается заголовок «{field}» в строке {row}; столбец не проверялся"),
  c("required", "error", "cell", "Не заполнено", "{problem}: ожидается {expected}"),
  c("type", "error", "cell", "Неверный тип значения", "Ожидается {expected}, {found}"),
  c("range", "error", "cell", "Вне допустимых границ", "Значение {value} вне допустимых границ{condition}: ожидается {expected}"),
  c("enum", "error", "cell", "Значение не из списка", "Значение {value} не из списка: ожидается {expected}"),
  c("pattern", "error", "cell", "Неверный формат", "Значение {value} не в нужном формате{condition}: ожидается {expected}"),
  c("unique", "error", "row", "Повтор", "{problem} — уже есть {first}: ожидается {expected}"),
  c("part-exceeds-total", "error", "cell", "Часть больше целого", "«{field}» = {value} больше, чем «{total}» = {totalValue}: ожидается число не больше «{total}»"),
  c("period", "error", "cell", "Срок не распознан", "Срок {value} не распознан: ожидается {expected}"),
  c("numbering", "error", "cell", "Ошибка нумерации", "{problem}: ожидается {expected}"),
  c("overdue", "warning", "row", "Срок истёк", "Срок {value} истёк {end}, а статус «{status}»: ожидается статус «выполнено» или «отменено» либо новый срок"),
  c("outlier", "warning", "cell", "Подозрительное значение", "{problem}: проверьте, верно ли введены числа"),
];

const BY_CODE: ReadonlyMap<string, CodeInfo> = new Map(CODES.map((x) => [x.code, x]));

/** Russian names of the severities, as the UI and the flat report show them. */
export const SEVERITY_RU: Readonly<Record<Severity, string>> = { error: "ошибка", warning: "предупреждение" };

/**
 * The registry entry of a code. O(1).
 * @param code a code of forms.md
 * @throws {Error} when the code is not registered (a bug: checks yield only registered codes)
 * @returns the entry
 * @example codeInfo("outlier").severity // => "warning"
 */
export function codeInfo(code: string): CodeInfo {
  const info = BY_CODE.get(code);
  if (!info) throw new Error(`codeInfo: неизвестный код «${code}»`);
  return info;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The Russian message of a code with its placeholders filled; a missing placeholder becomes empty text.
 * O(template length).
 * @param code a registered code
 * @param params placeholder values
 * @returns the message
 * @example renderMessage("type", { expected: "целое число не меньше 0", found: "получено «12,5»" }) // => "Ожидается целое число не меньше 0, получено «12,5»"
 */
export function renderMessage(code: string, params: Readonly<Record<string, string | number>>): string {
  return codeInfo(code).template.replace(PLACEHOLDER, (_, name: string) => {
    const v = params[name];
    return v === undefined ? "" : String(v);
  });
}
