export * from "./errors";
export * from "./coerce";
export * from "./grid";
export * from "./direction";
export * from "./percentile";
export * from "./numbers";
