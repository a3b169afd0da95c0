/**
 * `numbering`: item numbers of a roadmap table are readable (`1`, `2.3`, `1.`), consistent with their section
 * (`2.3` under section 2) and unique — a number of several parts across the table, a plain number within its
 * section (sources restart `1.`, `2.` in every stage). Needs the section rows, so it has no native formula.
 */
import type { Check } from "./check_types";

const ITEM = /^\d+(?:\.\d+)*\.?$/;

/**
 * The parts of an item number, or `undefined` when the text is not one. O(length).
 * @param text trimmed text
 * @returns the parts
 * @example itemNumberParts("2.3.") // => ["2", "3"]
 */
export function itemNumberParts(text: string): string[] | undefined {
  if (!ITEM.test(text)) return undefined;
  return text
    .replace(/\.$/, "")
    .split(".")
    .map((p) => String(Number(p)));
}

export const numberingCheck: Check<{ kind: "numbering" }> = {
  kind: "numbering",
  codes: ["numbering"],
  prepare(env, col) {
    const seen = new Map<string, number>();
    return {
      row(v) {
        const c = v.cells[col.index];
        if (!c || c.blank) return;
        const text = c.text ?? "";
        const parts = itemNumberParts(text);
        if (!parts) {
          env.emit("numbering", col, v, { params: { problem: `Номер пункта «${text}» не читается`, expected: "номер вида 1, 2 или 2.3" } });
          return;
        }
        const section = v.section?.number ? itemNumberParts(v.section.number) : undefined;
        if (section && parts.length > 1) {
          const prefix = parts.slice(0, section.length).join(".");
          if (parts.length <= section.length || prefix !== section.join(".")) {
            env.emit("numbering", col, v, {
              params: {
                problem: `Номер «${text}» не соответствует разделу ${section.join(".")} (строка ${v.section?.row})`,
                expected: `номер вида ${section.join(".")}.N`,
              },
            });
            return;
          }
        }
        const key = parts.length > 1 ? parts.join(".") : `${v.section?.index ?? 0}|${parts[0]}`;
        const first = seen.get(key);
        if (first !== undefined) {
          env.emit("numbering", col, v, {
            params: { problem: `Номер «${text}» повторяется (уже есть в строке ${first})`, expected: "номер, который не повторяется" },
          });
          return;
        }
        seen.set(key, v.row);
      },
    };
  },
};
