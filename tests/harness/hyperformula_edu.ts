/**
 * A real formula engine for tests: HyperFormula with every function of the catalogue registered as
 * `EDU.<ID>`, calling the same core as the Excel and Sheets wrappers. Sheets built with it use the
 * functions the way a coordinator does: references between cells, ranges, spilled results that other
 * formulas read.
 */
import {
  HyperFormula,
  FunctionPlugin,
  FunctionArgumentType,
  SimpleRangeValue,
  ArraySize,
  CellError,
  ErrorType,
  EmptyValue,
} from "hyperformula";
import { CATALOG, EduError, type FunctionSpec } from "../../src/core";

const ERROR_TYPE: Record<EduError["kind"], ErrorType> = {
  value: ErrorType.VALUE,
  na: ErrorType.NA,
  div0: ErrorType.DIV_BY_ZERO,
  num: ErrorType.NUM,
};

/** HyperFormula's internal value → what a spreadsheet host passes to the core. */
function toHostValue(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  if (v instanceof CellError) return { error: v.type };
  if (v !== null && typeof v === "object" && "val" in (v as object)) return (v as { val: number }).val;
  return v;
}

function toHostArgument(v: unknown): unknown {
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(toHostValue));
  return toHostValue(v);
}

function toEngineValue(v: unknown): unknown {
  if (v instanceof EduError) return new CellError(ERROR_TYPE[v.kind], v.message);
  return v;
}

class EduPlugin extends FunctionPlugin {}
const implemented: Record<string, unknown> = {};
const translations: Record<string, string> = {};

/** Size of the spilled result, predicted from the arguments' sizes (a range reference counts by its extent). */
function sizeOf(this: any, spec: FunctionSpec, ast: any, state: any): ArraySize {
  const sizes: ArraySize[] = ast.args.map((a: any) => this.arraySizeForAst(a, state));
  const first = sizes[0] ?? ArraySize.scalar();
  const sized = (width: number, height: number) => (width === 1 && height === 1 ? ArraySize.scalar() : new ArraySize(width, height));
  switch (spec.shape) {
    case "single":
      return ArraySize.scalar();
    case "per-row":
      return sized(1, first.height);
    case "like-input":
      return sized(first.width, first.height);
    case "elementwise": {
      const ranged = sizes.find((s) => s.width !== 1 || s.height !== 1);
      return ranged ? sized(ranged.width, ranged.height) : ArraySize.scalar();
    }
  }
}

for (const spec of CATALOG) {
  const name = `EDU.${spec.id}`;
  const method = `edu_${spec.id}`;
  const sizeMethod = `edu_${spec.id}_size`;
  implemented[name] = {
    method,
    sizeOfResultArrayMethod: sizeMethod,
    vectorizationForbidden: true,
    parameters: spec.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional })),
  };
  translations[name] = name;
  (EduPlugin.prototype as any)[method] = function (this: any, ast: any, state: any) {
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
      let result: unknown;
      try {
        result = spec.impl(...args.map(toHostArgument));
      } catch (e) {
        if (e instanceof EduError) return toEngineValue(e);
        throw e;
      }
      if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result.map((row: unknown[]) => row.map(toEngineValue)) as any);
      return toEngineValue(result);
    });
  };
  (EduPlugin.prototype as any)[sizeMethod] = function (this: any, ast: any, state: any) {
    return sizeOf.call(this, spec, ast, state);
  };
}
(EduPlugin as any).implementedFunctions = implemented;

let registered = false;

/** A HyperFormula instance (GPL licence: test use only) that knows the EDU.* functions. */
export function buildEngine(sheets: Record<string, unknown[][]>): HyperFormula {
  if (!registered) {
    HyperFormula.registerFunctionPlugin(EduPlugin, { enGB: translations });
    registered = true;
  }
  return HyperFormula.buildFromSheets(sheets as any, { licenseKey: "gpl-v3", useArrayArithmetic: true });
}
