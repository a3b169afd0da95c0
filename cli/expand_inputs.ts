/**
 * The files a command was given: paths as typed, folders (their `.xlsx` and `.xlsm` files, in name order), and
 * wildcards `*` and `?` in the file name (the Windows command line does not expand them itself). Excel's lock
 * files (`~$…`) are skipped; a file named twice is taken once.
 */
import fs from "fs";
import path from "path";

const WORKBOOK = /\.(xlsx|xlsm)$/i;
const LOCK_FILE = /^~\$/;

/** A wildcard file name as a regular expression (case-insensitive, as on Windows and macOS). */
function wildcard(name: string): RegExp {
  const body = name.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`, "i");
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface ExpandedInputs {
  files: string[];
  /** Russian notes about arguments that gave no files */
  notes: string[];
}

/**
 * The input files of the arguments, in order. O(entries of the folders named).
 * @param args paths as given
 * @returns the files (paths joined as given, not resolved) and notes
 * @example expandInputs(["школы", "поздние/*.xlsx"]).files // => ["школы/000101.xlsx", …, "поздние/000160.xlsx"]
 */
export function expandInputs(args: readonly string[]): ExpandedInputs {
  const files: string[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  const add = (f: string): void => {
    const key = path.resolve(f);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(f);
  };
  for (const arg of args) {
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(arg);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const names = fs
        .readdirSync(arg)
        .filter((n) => WORKBOOK.test(n) && !LOCK_FILE.test(n))
        .sort(byName);
      if (names.length === 0) notes.push(`В папке «${arg}» нет файлов .xlsx`);
      for (const n of names) add(path.join(arg, n));
      continue;
    }
    const base = path.basename(arg);
    if (!st && /[*?]/.test(base)) {
      const dir = path.dirname(arg);
      const re = wildcard(base);
      let names: string[] = [];
      try {
        names = fs.readdirSync(dir).filter((n) => re.test(n) && !LOCK_FILE.test(n)).sort(byName);
      } catch {
        names = [];
      }
      if (names.length === 0) notes.push(`По шаблону «${arg}» не найдено ни одного файла`);
      for (const n of names) add(dir === "." && !arg.startsWith(".") ? n : path.join(dir, n));
      continue;
    }
    add(arg);
  }
  return { files, notes };
}
