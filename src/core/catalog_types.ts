/**
 * The shape of the function catalogue: what every host needs to know about a worksheet function
 * besides its code — Russian name and help, parameters, whether it spills, a worked example.
 */
import type { CellResult, ResultGrid } from "./shared/grid";

export type Family = "swi" | "thresholds" | "targets";

export interface ParamSpec {
  /** Parameter name as in the Excel JSDoc signature (functions/functions.ts). */
  name: string;
  optional: boolean;
  /** Accepts a range (2-D array) rather than only a single value. */
  range: boolean;
  ru: { name: string; description: string };
}

export interface FunctionSpec {
  /** Contract id (functions.md): `EDU.<id>` in Excel, `EDU_<id>` in Google Sheets. */
  id: string;
  family: Family;
  /** The core implementation: host values in, a value or a grid out; throws EduError. */
  impl: (...args: unknown[]) => CellResult | ResultGrid;
  /** Returns an N×1 column aligned with its input rows. */
  spills: boolean;
  /**
   * Shape of the result, for hosts that must know it before calling (a formula engine's spill size):
   * `per-row` one value per row of the first argument (a single row gives one value); `like-input` the shape of the
   * first argument (a column or a row); `elementwise` the common shape of all range arguments; `single` one value.
   */
  shape: "per-row" | "like-input" | "elementwise" | "single";
  /** Russian name (Excel `ОБР.<name>`), one-line description, longer help. */
  ru: { name: string; description: string; help: string };
  params: ParamSpec[];
  /** Worked examples: a formula in Russian Excel notation and what it shows. */
  examples: { formula: string; result: string; note?: string }[];
}
