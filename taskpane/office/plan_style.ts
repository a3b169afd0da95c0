/**
 * Plan styles in Office.js terms: the same look as the exceljs writer (Calibri, thin grey borders, fills,
 * alignment, locked flag), applied to a whole range in one set of commands.
 */
import type { PlanConditionalFormat, PlanStyle } from "../../src/plan/types";

export const FONT = "Calibri";
export const BORDER_COLOR = "#BFBFBF";

const H: Record<NonNullable<PlanStyle["horizontal"]>, "Left" | "Center" | "Right"> = { left: "Left", center: "Center", right: "Right" };
const V: Record<NonNullable<PlanStyle["vertical"]>, "Top" | "Center" | "Bottom"> = { top: "Top", middle: "Center", bottom: "Bottom" };

/** Colours of the conditional-format looks (the same as the exceljs writer's). */
export const LOOKS: Record<PlanConditionalFormat["look"], { fill?: string; font?: string; bold?: boolean }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  ok: { font: "#006100", bold: true },
  "check-error": { font: "#9C0006" },
};

/**
 * Width of a column in points from a width in characters of the default font (Calibri 11: 7 px a character
 * plus 5 px of padding; a pixel is 0.75 point).
 * @example charsToPoints(10) // => 56.25
 */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Queues the commands of a style on a range. Commands queued: about 10, none of them sized by the range.
 * @param range the range
 * @param style the plan style
 * @param extra wrapping of the column when the style does not say
 * @param shape rows and columns of the range (inside borders only where the range has inside edges)
 * @returns number of commands queued
 */
export function applyStyle(range: Excel.Range, style: PlanStyle, extra: { wrap?: boolean }, shape: { rows: number; cols: number }): number {
  const f = range.format;
  f.font.name = FONT;
  f.font.size = style.size ?? 11;
  f.font.bold = Boolean(style.bold);
  f.font.italic = Boolean(style.italic);
  f.font.color = `#${style.color ?? "000000"}`;
  let n = 5;
  if (style.fill) {
    f.fill.color = `#${style.fill}`;
    n++;
  }
  f.wrapText = style.wrap ?? extra.wrap ?? false;
  n++;
  if (style.horizontal) {
    f.horizontalAlignment = H[style.horizontal];
    n++;
  }
  if (style.vertical) {
    f.verticalAlignment = V[style.vertical];
    n++;
  }
  if (style.border) {
    const edges: Excel.BorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as Excel.BorderIndex[];
    if (shape.rows > 1) edges.push("InsideHorizontal" as Excel.BorderIndex);
    if (shape.cols > 1) edges.push("InsideVertical" as Excel.BorderIndex);
    for (const e of edges) {
      const b = f.borders.getItem(e);
      b.style = "Continuous" as Excel.BorderLineStyle;
      b.weight = "Thin" as Excel.BorderWeight;
      b.color = BORDER_COLOR;
      n += 3;
    }
  }
  f.protection.locked = style.locked;
  return n + 1;
}
