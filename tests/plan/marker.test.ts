import { findMarker } from "../../src/plan/marker";

/** One marker reader for the exceljs, Office.js and Apps Script readers. */
describe("findMarker", () => {
  it("finds the marker among the first five rows, trimmed", () => {
    expect(findMarker([["Заголовок", null, " edu-roadmap:risk-profile:v2 "]])).toEqual({ formId: "risk-profile", version: 2 });
    expect(findMarker([[], [], [], ["edu-roadmap:plan:v1"]])).toEqual({ formId: "plan", version: 1 });
  });
  it("looks no further than five rows and accepts only latin form ids", () => {
    expect(findMarker([[], [], [], [], [], ["edu-roadmap:plan:v1"]])).toBeUndefined();
    expect(findMarker([["edu-roadmap:План:v1"]])).toBeUndefined();
    expect(findMarker([[42, true, null]])).toBeUndefined();
  });
});
