/**
 * Looks at a submitted file before any workbook library does: what it is by its bytes, and — for a zip —
 * its central directory against the safety limits (part count, declared sizes, compression ratios),
 * encryption, compression methods, macros, and whether the parts of a workbook are there. Pure: reads the
 * bytes, inflates nothing, changes nothing.
 */
import { cfbStreamNames } from "./cfb_stream_names";
import { refuse, type RefusedWorkbookError } from "./refusal";
import { SAFETY_LIMITS, type SafetyLimits } from "./safety_limits";
import { sniffFormat, type SniffedFormat } from "./sniff_format";
import { readZipDirectory, ZipStructureError, type ZipEntry } from "./zip_directory";

export interface PackageInspection {
  format: SniffedFormat;
  /** the parts of a zip, in directory order */
  entries: ZipEntry[];
  /** stream names of an OLE compound file */
  cfbNames: string[];
  /** sum of declared uncompressed sizes */
  declaredBytes: number;
  /** the part with the highest compression ratio among parts above the ratio floor */
  worstRatio?: { part: string; ratio: number };
  /** the workbook carries VBA macros or Excel 4.0 macro sheets (never run; reported) */
  macros: boolean;
  /** archives inside the archive (embedded objects); they are never opened */
  nestedArchives: string[];
  /** why the file must not be read, if it must not */
  refusal?: RefusedWorkbookError;
}

const WORKBOOK = "xl/workbook.xml";
const ARCHIVE_NAME = /\.(zip|xlsx|xlsm|xltx|xlsb|xls|ods|docx|pptx|rar|7z|gz|tar)$/i;
const MACRO_PART = /^xl\/(vbaProject\.bin|macrosheets\/|dialogsheets\/)/i;

/** The refusal for a file that is not a zip, by its format (and, for a compound file, its streams). */
function refusalOf(format: SniffedFormat, cfbNames: readonly string[]): RefusedWorkbookError | undefined {
  switch (format) {
    case "zip":
      return undefined;
    case "cfb": {
      const has = (n: string): boolean => cfbNames.some((x) => x.toLowerCase() === n.toLowerCase());
      if (has("EncryptedPackage") || has("EncryptionInfo")) return refuse("encrypted");
      if (has("Workbook") || has("Book")) return refuse("xls");
      if (has("WordDocument")) return refuse("doc");
      return refuse("cfb");
    }
    case "png":
    case "jpeg":
    case "gif":
      return refuse("image", { what: format.toUpperCase() });
    case "rar":
    case "7z":
    case "gzip":
      return refuse("archive", { what: format === "gzip" ? "GZIP" : format.toUpperCase() });
    default:
      return refuse(format);
  }
}

/** What a zip that is not an `.xlsx` is, from its part names. */
function notAWorkbook(entries: readonly ZipEntry[], mimetype: boolean): RefusedWorkbookError | undefined {
  const names = new Set(entries.map((e) => e.name));
  if (names.has(WORKBOOK)) return undefined;
  if (mimetype && names.has("content.xml")) return refuse("ods");
  if (names.has("xl/workbook.bin")) return refuse("xlsb");
  if (names.has("word/document.xml")) return refuse("docx");
  if (names.has("ppt/presentation.xml")) return refuse("pptx");
  if (!names.has("[Content_Types].xml")) {
    const inner = entries.find((e) => /\.(xlsx|xlsm|xls|ods|csv)$/i.test(e.name)) ?? entries.find((e) => !e.name.endsWith("/"));
    return refuse("zip-archive", { part: inner?.name.split("/").pop() });
  }
  return refuse("no-workbook");
}

/**
 * Inspects a submitted file. O(parts) after an O(8 KiB) look at the start; nothing is inflated.
 * @param bytes the file contents (not changed)
 * @param limits the safety limits (see SAFETY_LIMITS)
 * @returns what the file is, its parts, and the refusal when it must not be read
 * @example inspectPackage(new Uint8Array(0)).refusal?.kind // => "empty"
 */
export function inspectPackage(bytes: Uint8Array, limits: SafetyLimits = SAFETY_LIMITS): PackageInspection {
  const format = sniffFormat(bytes);
  const out: PackageInspection = { format, entries: [], cfbNames: [], declaredBytes: 0, macros: false, nestedArchives: [] };
  if (format === "cfb") out.cfbNames = cfbStreamNames(bytes);
  if (format !== "zip") {
    out.refusal = refusalOf(format, out.cfbNames);
    return out;
  }
  try {
    out.entries = readZipDirectory(bytes, limits.maxEntries);
  } catch (e) {
    if (!(e instanceof ZipStructureError)) throw e;
    out.refusal =
      e.kind === "too-many-entries"
        ? refuse("too-many-entries", { amount: Number(e.message), limit: limits.maxEntries })
        : refuse(e.kind === "truncated" ? "zip-truncated" : "zip-corrupt");
    return out;
  }

  let mimetype = false;
  for (const e of out.entries) {
    out.declaredBytes += e.size;
    if (e.size > limits.ratioFloorBytes) {
      const ratio = e.size / Math.max(e.compressedSize, 1);
      if (!out.worstRatio || ratio > out.worstRatio.ratio) out.worstRatio = { part: e.name, ratio };
    }
    if (MACRO_PART.test(e.name)) out.macros = true;
    if (ARCHIVE_NAME.test(e.name)) out.nestedArchives.push(e.name);
    if (e.name === "mimetype") mimetype = true;
  }

  // Dangerous sizes first, whatever the archive holds; then what it is.
  if (out.declaredBytes > limits.maxTotalBytes) {
    out.refusal = refuse("bomb-total", { amount: out.declaredBytes, limit: limits.maxTotalBytes });
  } else if (out.worstRatio && out.worstRatio.ratio > limits.maxRatio) {
    out.refusal = refuse("bomb-ratio", { part: out.worstRatio.part, amount: out.worstRatio.ratio, limit: limits.maxRatio });
  } else if ((out.refusal = notAWorkbook(out.entries, mimetype))) {
    return out;
  } else if (out.entries.some((e) => e.flags & 1)) {
    out.refusal = refuse("zip-encrypted");
  } else if (out.entries.some((e) => e.method !== 0 && e.method !== 8 && !e.name.endsWith("/"))) {
    out.refusal = refuse("zip-method");
  }
  return out;
}
