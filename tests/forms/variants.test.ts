import { coordinatorTemplates, hasCoordinatorVariant, materializeForm } from "../../src/forms";
import { CONTEXT, FORMS, RESULTS, TARGETS } from "../../src/forms/specs";

describe("the coordinator's variant of a form", () => {
  test("context (the index next to it), results (the share column) and targets (EDU.* derived cells) have one; the others do not", () => {
    expect(FORMS.filter(hasCoordinatorVariant).map((f) => f.id)).toEqual(["context", "results", "targets"]);
    expect(CONTEXT.coordinatorIndex).toBe(true);
  });

  test("the coordinator's templates: derived columns, coordinator-only columns, summary cells", () => {
    expect(coordinatorTemplates(RESULTS)).toEqual(['IF(OR({belowMin}="",{participants}=""),"",EDU.SHARE({belowMin},{participants}))']);
    expect(coordinatorTemplates(TARGETS)).toHaveLength(5);
    expect(coordinatorTemplates(CONTEXT)).toEqual([]);
  });

  test("a coordinator-only column is materialised for the coordinator only, after the form's columns", () => {
    const school = materializeForm(RESULTS);
    const coordinator = materializeForm(RESULTS, { variant: "coordinator" });
    expect(school.columns.map((c) => c.header)).toEqual(RESULTS.columns.map((c) => c.header));
    expect(coordinator.columns.map((c) => c.header)).toEqual([...RESULTS.columns.map((c) => c.header), "Доля не преодолевших порог"]);
    expect(coordinator.columns[8]).toMatchObject({ index: 8, key: "belowShare" });
    // The form's contract stays the form's columns.
    expect(RESULTS.columns.some((c) => c.key === "belowShare")).toBe(false);
  });
});
