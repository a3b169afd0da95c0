import { markerOf } from "../../../taskpane/office/marker";

describe("markerOf", () => {
  it("finds the marker in the first rows, trimmed", () => {
    expect(markerOf([["Заголовок", null, " edu-roadmap:risk-profile:v2 "]])).toEqual({ formId: "risk-profile", version: 2 });
    expect(markerOf([[], [], [], ["edu-roadmap:plan:v1"]])).toEqual({ formId: "plan", version: 1 });
  });
  it("ignores a marker below the first five rows and text that only looks like one", () => {
    expect(markerOf([[], [], [], [], [], ["edu-roadmap:plan:v1"]])).toBeUndefined();
    expect(markerOf([["edu-roadmap:Plan:v1", "edu-roadmap:plan:1", 5]])).toBeUndefined();
  });
});
