/**
 * Expansion of the formula templates of form specs into native formulas of one sheet layout.
 * Placeholders (see FormulaTemplate in src/forms/types.ts): `{key}` same-row cell, `{key*}` same-row span of a
 * repeated key, `{key#}` whole data range, `{opt:name}` a number option, `{is:key:value}` "the enum cell holds
 * this value (or an alias)", `{latest:key}` the last filled year column of a repeated key in the row,
 * `{latest:key@sel}` the `key` column of the year whose `sel` column is the last filled; `{num:…}` any of these read
 * as a number the way the validator reads it ("1 000", "12,5" typed as text count: an error value when it is no number),
 * `{num0:key#}` a range read so, with 0 for what is no number (element-wise, for SUMPRODUCT); `{is:key#:value}`
 * the same test as `{is:key:value}` over the whole data range (element-wise, for SUMPRODUCT).
 * Anything else in braces (an array constant) is left as it is.
 */
import type { Form, FormColumn } from "../forms/types";
import { enumSpellings, normalizeText } from "../forms/normalize";
import { isOneOf, n, num, numOrZero } from "./native_expr";

/** Where the columns of a form sit in the sheet. */
export interface FormulaLayout {
  form: Form;
  /** 1-based sheet column of a form column */
  sheetCol(col: FormColumn): number;
  /** `$F{row}`-style reference of a column in the formula's row (row given as text: a number or `{row}`) */
  cell(col: FormColumn, row: string): string;
  /** whole data range of a column, absolute */
  range(col: FormColumn): string;
  /** number options (defaults of the spec merged with the caller's) */
  options: Readonly<Record<string, number>>;
}

const PLACEHOLDER = /\{([^{}"]+)\}/g;

/**
 * Expands a template for one cell. O(template length × columns).
 * @param template formula template of a spec
 * @param layout the sheet layout
 * @param row the formula's row: a number, or `"{row}"` for a per-row run
 * @param self the column the formula belongs to (picks the same year for repeated keys)
 * @throws {Error} when a placeholder names an unknown key or option
 * @returns the formula
 * @example expandFormula("MAX(0,{computersNeed}-{computers})", layout, "{row}") // => "MAX(0,$C{row}-$B{row})"
 */
export function expandFormula(template: string, layout: FormulaLayout, row: string, self?: FormColumn): string {
  const { form } = layout;
  const colsOf = (key: string): FormColumn[] => {
    const all = form.columns.filter((c) => c.key === key);
    if (all.length === 0) throw new Error(`expandFormula: в форме «${form.id}» нет столбца «${key}»`);
    return all;
  };
  const one = (key: string): FormColumn => {
    const all = colsOf(key);
    if (all.length > 1 && self?.year !== undefined) return all.find((c) => c.year === self.year) ?? all[0];
    return all[0];
  };
  const expand = (whole: string, body: string): string => {
    if (body.startsWith("num:")) return num(expand(`{${body.slice(4)}}`, body.slice(4)));
    if (body.startsWith("num0:")) return numOrZero(expand(`{${body.slice(5)}}`, body.slice(5)));
    if (body.startsWith("opt:")) {
      const v = layout.options[body.slice(4)];
      if (v === undefined) throw new Error(`expandFormula: нет параметра «${body.slice(4)}»`);
      return n(v);
    }
    if (body.startsWith("is:")) {
      const [, key, value] = body.split(":");
      const overRange = key.endsWith("#");
      const col = one(overRange ? key.slice(0, -1) : key);
      const spellings = col.spec.enum ? enumSpellings(col.spec.enum, [value]) : [normalizeText(value)];
      return isOneOf(overRange ? layout.range(col) : layout.cell(col, row), spellings);
    }
    if (body.startsWith("latest:")) {
      const [key, sel] = body.slice(7).split("@");
      const values = colsOf(key);
      const selectors = sel ? colsOf(sel) : values;
      let expr = '""';
      for (let i = 0; i < selectors.length; i++) {
        const s = layout.cell(selectors[i], row);
        const v = layout.cell(values[i] ?? values[values.length - 1], row);
        expr = `IF(${s}<>"",${v},${expr})`;
      }
      return expr;
    }
    if (body.endsWith("*")) {
      const all = colsOf(body.slice(0, -1));
      const first = layout.cell(all[0], row);
      const last = layout.cell(all[all.length - 1], row);
      return first === last ? first : `${first}:${last}`;
    }
    if (body.endsWith("#")) return layout.range(one(body.slice(0, -1)));
    if (/^[A-Za-z]\w*$/.test(body)) return layout.cell(one(body), row);
    return whole;
  };
  return template.replace(PLACEHOLDER, expand);
}
