/// <reference types="google-apps-script" />
/**
 * The Apps Script services the server functions use, looked up when called: in Apps Script they are globals; tests
 * put a strict double in their place (tests/sheets/apps_script_double.ts).
 */

/**
 * SpreadsheetApp. O(1).
 * @throws {ReferenceError} outside Apps Script when no double was installed
 * @returns the service
 */
export function spreadsheetApp(): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return SpreadsheetApp;
}

/**
 * HtmlService. O(1).
 * @throws {ReferenceError} outside Apps Script when no double was installed
 * @returns the service
 */
export function htmlService(): GoogleAppsScript.HTML.HtmlService {
  return HtmlService;
}
