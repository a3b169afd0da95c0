/**
 * Uniqueness across files, decided after every file was read: the files are taken in their given order, the first
 * file with a key owns it, and the first occurrence of that key in each later file is a `unique` finding — the
 * same findings, in the same words, as validating the files one after another with a shared cross-file index.
 * Files may therefore be read in parallel and in any order; the result depends only on the order of the list.
 */
import { crossFileUniqueFinding, type SourceNoun } from "../validate/unique_finding";
import type { Finding } from "../validate/types";
import type { KeyGroup } from "./types";

/** A file's name, the sheet of its form and the keys of its unique rules. */
export interface FileKeys {
  file: string;
  sheet: string;
  keys: readonly KeyGroup[];
}

/**
 * The cross-file `unique` findings of each file. O(total keys).
 * @param files the files in their order (the order of the command line or of the list in the pane)
 * @param noun the sources are files (default) or sheets of one spreadsheet, for the messages
 * @returns one list per file (in the same order), each in row order
 * @example crossFileFindings([{ file: "a.xlsx", sheet: "Лист1", keys: [g] }, { file: "b.xlsx", sheet: "Лист1", keys: [g] }])[1][0].code // => "unique"
 */
export function crossFileFindings(files: readonly FileKeys[], noun: SourceNoun = "файл"): Finding[][] {
  // Per unique column (by header and key columns): key → where it was first seen.
  const owners = new Map<string, Map<string, { file: string; sheet: string; cell: string }>>();
  return files.map(({ file, sheet, keys }) => {
    const out: Finding[] = [];
    for (const group of keys) {
      const rule = `${group.field}\u0002${group.names.join("\u0002")}`;
      let seen = owners.get(rule);
      if (!seen) owners.set(rule, (seen = new Map()));
      for (const k of group.first) {
        const other = seen.get(k.key);
        if (!other) {
          seen.set(k.key, { file, sheet, cell: k.cell });
          continue;
        }
        if (other.file === file) continue;
        out.push(crossFileUniqueFinding({ sheet, cell: k.cell, field: group.field, value: k.value, described: k.described, names: group.names, first: other }, noun));
      }
    }
    return out.sort((a, b) => order(a.cell) - order(b.cell));
  });
}

/** Sort key of an A1 address as the validator orders findings: by row, then column; sheet-level first. */
function order(cell: string): number {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return -Infinity;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return Number(m[2]) * 10000 + col;
}

/**
 * A file's own findings with its cross-file findings put in their place (by row and column, after the file's
 * own findings of the same cell), as the validator would have listed them. O(n + m).
 * @param own the file's findings from the validator
 * @param extra the file's cross-file findings, in row order
 * @returns the merged list
 * @example mergeFindings([a4Required, b5Type], [a5Unique]).map((f) => f.cell) // => ["A4", "A5", "B5"]
 */
export function mergeFindings(own: readonly Finding[], extra: readonly Finding[]): Finding[] {
  if (extra.length === 0) return [...own];
  const out: Finding[] = [];
  let j = 0;
  for (const f of own) {
    const o = order(f.cell);
    while (j < extra.length && order(extra[j].cell) < o) out.push(extra[j++]);
    out.push(f);
  }
  while (j < extra.length) out.push(extra[j++]);
  return out;
}
