/**
 * Entry of the Apps Script bundle (dist/sheets/Code.js). Webpack assigns these exports to one global,
 * `EduSheets`; the build then writes a top-level function for each custom function and each server function
 * in front of the bundle (render_top_level.ts), because Apps Script sees only top-level declarations.
 *
 * - `functions`: the `EDU_<id>` custom functions.
 * - `server`: functions called from menus, triggers or the sidebar by name; each key becomes a top-level
 *   function of the same name. Empty until the add-on's sidebar and menu are added.
 * - `renderTopLevel`: used by the build only, so that the top-level JSDoc is rendered from the very catalogue
 *   that ships in the bundle.
 */
export { functions } from "./functions";
export { renderTopLevel } from "./render_top_level";
export { CATALOG as catalog } from "../src/core/catalog";

/** Server functions by name (see the module comment). */
export const server: Readonly<Record<string, (...args: unknown[]) => unknown>> = Object.freeze({});
