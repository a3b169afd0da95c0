/**
 * Errors of the fake Office.js, shaped like `OfficeExtension.Error`: `name`, `code`, `message`, `debugInfo`.
 */

export class HostError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(location ? { errorLocation: location } : {}) };
  }
}

export const propertyNotLoaded = (type: string, prop: string): HostError =>
  new HostError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`,
  );

export const invalidArgument = (message: string, location?: string): HostError =>
  new HostError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. ${message}`, location);
