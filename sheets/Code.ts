/**
 * Entry of the Apps Script bundle (dist/sheets/Code.js). Webpack assigns these exports to one global,
 * `EduSheets`; the build then writes a top-level function for each custom function and each server function
 * in front of the bundle (render_top_level.ts), because Apps Script sees only top-level declarations.
 *
 * - `functions`: the `EDU_<id>` custom functions.
 * - `server`: functions called from the menu, triggers (`onOpen`, `onInstall`) or the sidebar
 *   (`google.script.run.<name>`); each key becomes a top-level function of the same name.
 * - `serverDocs`: a Russian line for each server function, written above it in Code.js.
 * - `renderTopLevel`: used by the build only, so that the top-level JSDoc is rendered from the very catalogue
 *   that ships in the bundle.
 */
import { consolidateSheets, consolidationCandidates } from "./server/consolidate_sheets";
import { indexFormulaOptions, insertIndexFormulas } from "./server/index_formulas";
import { menuConsolidate, menuCreate, menuIndex, menuValidate, onInstall, onOpen, showSidebar } from "./server/menu";
import { scaffoldForms } from "./server/scaffold_forms";
import { selectCell } from "./server/select_cell";
import { existingForms, sidebarState } from "./server/sidebar_state";
import { validateActiveSheet } from "./server/validate_active_sheet";

export { functions } from "./functions";
export { renderTopLevel } from "./render_top_level";
export { CATALOG as catalog } from "../src/core/catalog";

/** Server functions by name (see the module comment). */
export const server: Readonly<Record<string, (...args: any[]) => unknown>> = Object.freeze({
  onOpen,
  onInstall,
  showSidebar,
  menuCreate,
  menuValidate,
  menuConsolidate,
  menuIndex,
  sidebarState,
  existingForms,
  scaffoldForms,
  validateActiveSheet,
  selectCell,
  consolidationCandidates,
  consolidateSheets,
  indexFormulaOptions,
  insertIndexFormulas,
});

/** What each server function does, in Russian, for the reader of Code.js in the script editor. */
export const serverDocs: Readonly<Record<string, string>> = Object.freeze({
  onOpen: "Меню «Дорожная карта» при открытии таблицы.",
  onInstall: "Меню сразу после установки дополнения.",
  showSidebar: "Меню: открыть панель.",
  menuCreate: "Меню: панель на вкладке «Создать».",
  menuValidate: "Меню: проверить текущий лист (панель на вкладке «Проверить»).",
  menuConsolidate: "Меню: панель на вкладке «Свести».",
  menuIndex: "Меню: панель на вкладке «ИСБ».",
  sidebarState: "Панель: формы, наборы строк и годы по умолчанию.",
  existingForms: "Панель: листы этой таблицы, сделанные по каждой форме.",
  scaffoldForms: "Панель: создать листы выбранных форм (существующие листы не меняются).",
  validateActiveSheet: "Панель: проверить активный лист по его форме.",
  selectCell: "Панель: выделить ячейку замечания.",
  consolidationCandidates: "Панель: формы, у которых есть листы для свода.",
  consolidateSheets: "Панель: свести листы одной формы в новый лист.",
  indexFormulaOptions: "Панель: где на активном листе встанут формулы ИСБ.",
  insertIndexFormulas: "Панель: вставить формулы EDU_SWI, EDU_SWI_GROUP, EDU_QUADRANT рядом с таблицей.",
});
