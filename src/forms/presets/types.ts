/**
 * Presets: rows transcribed from the source roadmaps (shared/seeds) or a form's default rows, to fill a new
 * form (forms_design.md). Data only; the form spec and `materialize` turn them into sheet rows.
 */

/** A row of a preset: a section row of a roadmap table, or a data row keyed by the form's exact header texts. */
export type PresetRow =
  | { kind: "section"; text: string } // a section row of a roadmap table
  | { kind: "row"; values: Record<string, string | number | null> }; // keyed by the exact header text

/** A named set of rows for one form. */
export interface Preset {
  /** CLI name: `--preset <name>` (latin, kebab-case). */
  name: string;
  /** Form it fills. */
  formId: string;
  /** Russian one-line description shown in menus. */
  title: string;
  /** Which source document (seed) it transcribes. */
  source: string;
  /** Years its plan/fact/amount columns cover, if any. */
  years?: number[];
  /** Extra column headers it needs (responsibility: the actor columns). */
  columns?: string[];
  rows: PresetRow[];
}
