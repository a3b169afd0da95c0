/**
 * Excel's custom-functions metadata (functions.json) as generated from the JSDoc of functions/functions.ts,
 * and the two derivations the build makes from it: the shipped English file (errors allowed as inputs, help
 * links pointing at the deployed site) and its Russian twin for `bt:Override Locale="ru-RU"`, whose names,
 * descriptions and parameter help come from the function catalogue.
 */
import type { FunctionSpec } from "../core/catalog_types";

export interface ExcelParameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
}

export interface ExcelFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ExcelParameter[];
  result: { type?: string; dimensionality?: "scalar" | "matrix" };
  options?: Record<string, boolean>;
}

export interface ExcelMetadata {
  allowCustomDataForDataTypeAny?: boolean;
  allowErrorForDataTypeAny?: boolean;
  functions: ExcelFunction[];
}

/** Where the help links point in the source JSDoc; the build replaces it with the deployed address. */
export const DEV_BASE_URL = "https://localhost:3000/";

/**
 * The English metadata as shipped: error values inside ranges reach the functions (functions.md counts
 * them as missing) instead of Excel short-circuiting the whole call, and help links use `baseUrl`.
 */
export function finalizeMetadata(generated: ExcelMetadata, baseUrl: string): ExcelMetadata {
  return {
    ...generated,
    allowErrorForDataTypeAny: true,
    functions: generated.functions.map((f) => ({ ...f, helpUrl: rebase(f.helpUrl, baseUrl) })),
  };
}

/**
 * The Russian twin: same ids, parameter order, types and options; Russian names and help from the catalogue.
 * @throws Error when a function or parameter of the metadata has no catalogue entry (the build must fail).
 */
export function localizeMetadata(english: ExcelMetadata, catalog: readonly FunctionSpec[]): ExcelMetadata {
  const byId = new Map(catalog.map((f) => [f.id, f]));
  return {
    ...english,
    functions: english.functions.map((f) => {
      const spec = byId.get(f.id);
      if (!spec) throw new Error(`функция ${f.id} есть в functions.json, но отсутствует в каталоге`);
      if (spec.params.length !== f.parameters.length) {
        throw new Error(`функция ${f.id}: в каталоге ${spec.params.length} параметров, в functions.json ${f.parameters.length}`);
      }
      return {
        ...f,
        name: spec.ru.name,
        description: spec.ru.description,
        parameters: f.parameters.map((p, i) => {
          const ru = spec.params[i];
          if (ru.name !== p.name) throw new Error(`функция ${f.id}: параметр ${i + 1} называется ${p.name} в functions.json и ${ru.name} в каталоге`);
          return { ...p, name: ru.ru.name, description: ru.ru.description };
        }),
      };
    }),
  };
}

function rebase(url: string | undefined, baseUrl: string): string | undefined {
  if (!url || !url.startsWith(DEV_BASE_URL)) return url;
  return baseUrl.replace(/\/?$/, "/") + url.slice(DEV_BASE_URL.length);
}
