/**
 * The text of a list file (`--schools`, `--municipalities`, a list chosen in the task pane): UTF-8 (with or
 * without BOM), else Windows-1251 — what a Russian Excel writes when it saves «CSV (разделители — запятые)» and what
 * Notepad used to save.
 */

/**
 * Decodes a list file. O(bytes).
 * @param bytes the file's contents
 * @returns the text
 * @example decodeText(Uint8Array.from([0xca, 0xee, 0xe4])) // => "Код"
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1251").decode(bytes);
  }
}
