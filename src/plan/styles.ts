/**
 * The look of a template's cells, once for every host: a school must see at a glance the title, what to fill
 * (white, unlocked), what is computed (grey, locked) and the check column.
 */
import type { PlanStyle, PlanStyleName } from "./types";

export const PLAN_STYLES: Readonly<Record<PlanStyleName, PlanStyle>> = {
  title: { bold: true, size: 14, vertical: "middle", locked: true },
  instruction: { italic: true, size: 10, color: "404040", wrap: true, vertical: "top", locked: true },
  header: { bold: true, size: 10, fill: "DDEBF7", wrap: true, horizontal: "center", vertical: "middle", border: true, locked: true },
  "header-derived": { bold: true, size: 10, fill: "E7E6E6", wrap: true, horizontal: "center", vertical: "middle", border: true, locked: true },
  "header-check": { bold: true, size: 10, fill: "FCE4D6", wrap: true, horizontal: "center", vertical: "middle", border: true, locked: true },
  section: { bold: true, fill: "F2F2F2", wrap: true, vertical: "middle", border: true, locked: false },
  input: { vertical: "top", border: true, locked: false },
  derived: { fill: "F2F2F2", vertical: "top", border: true, locked: true },
  check: { size: 9, vertical: "top", locked: true },
  "summary-label": { bold: true, wrap: true, vertical: "top", border: true, locked: true },
  summary: { bold: true, fill: "E7E6E6", vertical: "top", border: true, locked: true },
  marker: { size: 8, color: "FFFFFF", locked: true },
  list: { size: 8, locked: true },
};
