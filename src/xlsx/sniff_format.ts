/**
 * What a file is by its first bytes, whatever its name says: a zip (an `.xlsx` candidate), an OLE compound
 * file (an encrypted `.xlsx` or an old `.xls`), a PDF, an image, another archive, a web page, an XML
 * spreadsheet of Excel 2003, a CSV or other text. Schools send all of these as "the table".
 */

export type SniffedFormat =
  | "empty"
  | "zip"
  | "cfb"
  | "pdf"
  | "png"
  | "jpeg"
  | "gif"
  | "rar"
  | "7z"
  | "gzip"
  | "html"
  | "xml-2003"
  | "xml"
  | "rtf"
  | "csv"
  | "text"
  | "unknown";

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);

/** How much of the start is looked at to tell text from binary and CSV from prose. */
const TEXT_PROBE = 8192;

/** The start of a text file as a string, or undefined when it is binary (NUL bytes, not UTF-8/UTF-16). */
function textStart(b: Uint8Array): string | undefined {
  const head = b.subarray(0, TEXT_PROBE);
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    return new TextDecoder(head[0] === 0xff ? "utf-16le" : "utf-16be").decode(head.subarray(2, head.length - (head.length % 2)));
  }
  if (head.includes(0)) return undefined;
  const text = new TextDecoder("utf-8").decode(head);
  // More than a few replacement characters: a legacy 8-bit text (windows-1251) or binary. Either is text
  // only if it has no control characters besides tabs and line breaks.
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x08\x0e-\x1a\x1c-\x1f]/.test(text)) return undefined;
  return text.replace(/^\ufeff/, "");
}

/** Lines separated by a delimiter in the same way: the shape of a CSV export. */
function looksLikeCsv(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 20);
  if (lines.length === 0) return false;
  return [";", ",", "\t"].some((d) => {
    const counts = lines.map((l) => l.split(d).length - 1);
    return counts[0] > 0 && counts.filter((c) => c === counts[0]).length >= Math.ceil(lines.length * 0.6);
  });
}

/**
 * The format of a file by its first bytes. O(min(size, 8 KiB)).
 * @param bytes the file contents
 * @returns the format
 * @example sniffFormat(new TextEncoder().encode("%PDF-1.7\n")) // => "pdf"
 */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return "empty";
  // Local file header, empty archive, or a spanned-archive marker before the first header.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]) || startsWith(bytes, [0x50, 0x4b, 0x07, 0x08])) {
    return "zip";
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "cfb";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "gif";
  if (startsWith(bytes, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07])) return "rar";
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return "7z";
  if (startsWith(bytes, [0x1f, 0x8b])) return "gzip";
  const text = textStart(bytes);
  if (text === undefined) return "unknown";
  const head = text.trimStart().slice(0, 2048).toLowerCase();
  if (head.startsWith("{\\rtf")) return "rtf";
  if (head.startsWith("<")) {
    if (head.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "xml-2003";
    if (/<(!doctype\s+html|html|table|head|body)[\s>]/.test(head)) return "html";
    return head.startsWith("<?xml") ? "xml" : "html";
  }
  return looksLikeCsv(text) ? "csv" : "text";
}
