/**
 * How a formula that calls the add-in's functions is stored in an .xlsx file. In the cell Excel shows `EDU.SWI(…)`;
 * in the file it keeps a custom function of an add-in under its own prefix, `_xldudf_` and the name with `_` for the
 * dot (`_xldudf_EDU_SWI(…)`), and binds it to the add-in's function when the workbook is opened where the add-in is
 * installed. A plain `EDU.SWI(…)` in the file would be read as an unknown name (`#ИМЯ?`) that never binds.
 */

/** `EDU.` + an id of the catalogue + `(`, not inside a string literal (see addinFormulaForFile). */
const CALL = /\bEDU\.([A-Z][A-Z0-9_]*)\(/g;

/**
 * A formula as the file stores it: every call of an `EDU.*` function under the add-in prefix; text in quotes is
 * left as it is. O(length).
 * @param formula a formula without the leading `=` (as exceljs takes it)
 * @returns the formula for the file
 * @example addinFormulaForFile('IF(A4="","",EDU.SHARE(G4,F4))') // => 'IF(A4="","",_xldudf_EDU_SHARE(G4,F4))'
 */
export function addinFormulaForFile(formula: string): string {
  if (!formula.includes("EDU.")) return formula;
  // Split on string literals ("" inside a literal is an escaped quote, so the parts alternate cleanly).
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 0 ? part.replace(CALL, "_xldudf_EDU_$1(") : part))
    .join('"');
}
