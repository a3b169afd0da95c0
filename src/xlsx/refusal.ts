/**
 * Why a submitted file is not read, in Russian, with what to do about it: the reason of the `unreadable`
 * finding. Every reason is written here, so the wording lives in one place; each fits the finding's
 * 120-character reason (longer names inside are shortened).
 */
import { UnreadableWorkbookError } from "./read_workbook";

export type RefusalKind =
  | "empty"
  | "encrypted"
  | "xls"
  | "doc"
  | "cfb"
  | "pdf"
  | "image"
  | "archive"
  | "html"
  | "xml-2003"
  | "xml"
  | "rtf"
  | "csv"
  | "text"
  | "unknown"
  | "zip-truncated"
  | "zip-corrupt"
  | "zip-encrypted"
  | "zip-method"
  | "too-many-entries"
  | "bomb-total"
  | "bomb-ratio"
  | "part-too-large"
  | "size-mismatch"
  | "crc"
  | "zip-archive"
  | "ods"
  | "xlsb"
  | "docx"
  | "pptx"
  | "no-workbook"
  | "dtd"
  | "malformed"
  | "failed";

/** Facts a reason may mention. */
export interface RefusalDetail {
  /** a part of the archive, or a file inside an archive */
  part?: string;
  /** a count or a size (bytes) or a ratio, as the kind needs */
  amount?: number;
  /** a limit, in the same unit */
  limit?: number;
  /** what a format is (`PNG`, `RAR`) */
  what?: string;
}

/**
 * A file refused before or while reading: `kind` for programs and tests, the message (the Russian reason)
 * for people. An UnreadableWorkbookError, so callers that know only that class report it as `unreadable`.
 */
export class RefusedWorkbookError extends UnreadableWorkbookError {
  constructor(
    readonly kind: RefusalKind,
    message: string,
  ) {
    super(message);
    this.name = "RefusedWorkbookError";
  }
}

const MAX_PART = 36;

/** A part or file name short enough for a reason: the end is kept, it names the file. */
function short(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  const n = (name ?? "").replace(/[\u0000-\u001f]/g, "");
  return n.length <= MAX_PART ? n : `…${n.slice(n.length - MAX_PART + 1)}`;
}

/**
 * Bytes as a Russian size. O(1).
 * @param bytes a size
 * @returns the size with its unit
 * @example formatSize(1.5 * 2 ** 30) // => "1,5 ГБ"
 */
export function formatSize(bytes: number): string {
  const units: [number, string][] = [
    [2 ** 30, "ГБ"],
    [2 ** 20, "МБ"],
    [2 ** 10, "КБ"],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const x = bytes / size;
      return `${(x >= 10 ? Math.round(x).toString() : x.toFixed(1)).replace(".", ",")} ${unit}`;
    }
  }
  return `${bytes} Б`;
}

const count = (n: number | undefined): string => (n ?? 0).toLocaleString("ru-RU").replace(/\s/g, " ");

const RESAVE = "пересохраните файл в Excel как .xlsx";

/**
 * The Russian reason of a refusal. O(1).
 * @param kind the refusal
 * @param d facts to mention
 * @returns the reason (without the leading «Файл не удалось прочитать…», which the finding adds)
 * @example refusalReason("pdf") // => "это PDF-документ, а не книга Excel — пришлите саму таблицу .xlsx, а не её распечатку"
 */
export function refusalReason(kind: RefusalKind, d: RefusalDetail = {}): string {
  switch (kind) {
    case "empty":
      return "файл пустой (0 байт) — пришлите его ещё раз";
    case "encrypted":
      return "файл защищён паролем — снимите пароль и сохраните книгу как .xlsx без пароля";
    case "xls":
      return "книга в старом формате .xls — откройте её в Excel или LibreOffice и сохраните как .xlsx";
    case "doc":
      return "это документ Word (.doc), а не книга Excel — пришлите таблицу .xlsx по шаблону формы";
    case "cfb":
      return "файл защищён паролем или сохранён в старом формате .xls — сохраните как .xlsx без пароля";
    case "pdf":
      return "это PDF-документ, а не книга Excel — пришлите саму таблицу .xlsx, а не её распечатку";
    case "image":
      return `это изображение (${d.what ?? "картинка"}), а не таблица — пришлите файл .xlsx по шаблону формы`;
    case "archive":
      return `это архив ${d.what ?? ""}, а не книга Excel — распакуйте его и пришлите файл .xlsx`.replace("  ", " ");
    case "html":
      return "это веб-страница (HTML), хотя может называться .xls — откройте её в Excel и сохраните как .xlsx";
    case "xml-2003":
      return "это «Таблица XML 2003», а не .xlsx — откройте её в Excel и сохраните как «Книга Excel (.xlsx)»";
    case "xml":
      return "это XML-файл, а не книга Excel — пришлите файл .xlsx по шаблону формы";
    case "rtf":
      return "это текстовый документ RTF, а не книга Excel — пришлите таблицу .xlsx по шаблону формы";
    case "csv":
      return "это текст CSV, а не книга — перенесите данные в шаблон формы и сохраните его как .xlsx";
    case "text":
      return "это текстовый файл, а не книга Excel — пришлите файл .xlsx по шаблону формы";
    case "unknown":
      return "файл не похож ни на одну таблицу — пришлите файл .xlsx по шаблону формы";
    case "zip-truncated":
      return "файл обрезан (неполная загрузка или копирование) — пришлите его ещё раз";
    case "zip-corrupt":
      return `файл повреждён (нарушена структура архива .xlsx) — ${RESAVE}`;
    case "zip-encrypted":
      return "части файла зашифрованы паролем архива — сохраните книгу как .xlsx без пароля";
    case "zip-method":
      return `части файла сжаты неизвестным Excel способом — ${RESAVE}`;
    case "too-many-entries":
      return `в архиве ${count(d.amount)} частей, а в книге Excel их не бывает больше ${count(d.limit)} — это не книга Excel`;
    case "bomb-total":
      return `файл распаковывается в ${formatSize(d.amount ?? 0)} (не больше ${formatSize(d.limit ?? 0)}) — похоже на «zip-бомбу», файл не читался`;
    case "bomb-ratio":
      return `часть «${short(d.part)}» сжата в ${count(Math.round(d.amount ?? 0))} раз — похоже на «zip-бомбу», файл не читался`;
    case "part-too-large":
      return `часть «${short(d.part)}» больше ${formatSize(d.limit ?? 0)} — файл слишком велик для проверки, разделите его`;
    case "size-mismatch":
      return `файл повреждён: часть «${short(d.part)}» не того размера, что заявлен — пришлите его ещё раз`;
    case "crc":
      return `файл повреждён: не сходится контрольная сумма части «${short(d.part)}» — пришлите его ещё раз`;
    case "zip-archive":
      return d.part
        ? `это ZIP-архив, а не книга: внутри «${short(d.part)}» — распакуйте его и пришлите файл .xlsx`
        : "это ZIP-архив, а не книга Excel — распакуйте его и пришлите файл .xlsx";
    case "ods":
      return "это таблица LibreOffice (.ods) — сохраните её как «Книга Excel 2007-365 (.xlsx)»";
    case "xlsb":
      return "это двоичная книга Excel (.xlsb) — сохраните её как «Книга Excel (.xlsx)»";
    case "docx":
      return "это документ Word (.docx), а не книга Excel — пришлите таблицу .xlsx по шаблону формы";
    case "pptx":
      return "это презентация PowerPoint, а не книга Excel — пришлите таблицу .xlsx по шаблону формы";
    case "no-workbook":
      return "в архиве нет основной части книги (xl/workbook.xml) — файл повреждён или это не книга Excel";
    case "dtd":
      return `часть «${short(d.part)}» содержит DTD (признак подделки) — ${RESAVE}`;
    case "malformed":
      return `файл повреждён: часть «${short(d.part)}» не читается как XML — ${RESAVE}`;
    case "failed":
      return `файл повреждён или содержит части, которые не удалось разобрать — ${RESAVE}`;
  }
}

/**
 * The error for a refusal. O(1).
 * @param kind the refusal
 * @param d facts to mention
 * @returns the error to throw
 * @example refuse("empty").message // => "файл пустой (0 байт) — пришлите его ещё раз"
 */
export function refuse(kind: RefusalKind, d: RefusalDetail = {}): RefusedWorkbookError {
  return new RefusedWorkbookError(kind, refusalReason(kind, d));
}
