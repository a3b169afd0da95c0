/**
 * 2. Threshold comparisons (functions.md §2): scores against minimum thresholds, the ЕГЭ minimum-score
 * reference table, the "stably low" and "bottom share" selection rules and Rosobrnadzor's RISK_30.
 */

// Scores against a threshold
export { below } from "./below";
export { thresholdStatus } from "./threshold_status";
export { shareBelow } from "./share_below";

// ЕГЭ minimum scores: the function, one answer with its source, the reference table as data
export { minScore } from "./min_score";
export { minScoreEntry } from "./min_score_entry";
export type { MinScoreEntry, MinScorePurpose } from "./min_score_entry";
export { canonicalSubject } from "./canonical_subject";
export { MIN_SCORE_SUBJECTS, MIN_SCORE_TABLE, SCHOOL_SUBJECTS, SUBJECT_ALIASES } from "./min_score_table";
export type { MinScoreRow } from "./min_score_table";

// Selecting schools with low results
export { stablyLow } from "./stably_low";
export { bottomShare } from "./bottom_share";
export { risk30 } from "./risk_30";
