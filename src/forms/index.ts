/**
 * Form specs and what is derived from them without a host: the concrete column list, wording of expectations,
 * text normalisation.
 */
export type * from "./types";
export { FORMS, FORM_IDS, formSpec } from "./specs";
export * from "./specs";
export { materializeForm, columnsOf, relatedColumn } from "./materialize";
export type { MaterializeOptions } from "./materialize";
export { effectiveRules, RULE_ORDER, NUMERIC_TYPES, WHOLE_TYPES } from "./effective_rules";
export type { EffectiveRule, EffectiveRuleKind } from "./effective_rules";
export { describeExpected, describeBounds, describeEnum, formatNumber } from "./describe";
export { normalizeText, enumLookup, canonicalEnum, enumSpellings } from "./normalize";
export { hasCoordinatorVariant, coordinatorTemplates } from "./variants";
export type { FormVariant } from "./variants";
