import { featureSupport, supportsExcelApi, MIN_EXCEL_API } from "../../../taskpane/office/requirements";
import { installHost } from "../helpers";

describe("requirement sets", () => {
  it("are asked of Office.context.requirements, ExcelApi by version", () => {
    const host = installHost({ apiVersion: "1.7" });
    try {
      expect(supportsExcelApi(MIN_EXCEL_API)).toBe(true);
      expect(featureSupport()).toEqual({
        calculationSuspend: true,
        conditionalFormats: true,
        freezePanes: true,
        dataValidation: false,
        fillDown: false,
        autoFilter: false,
        pageLayout: false,
      });
      expect(host.state.stats.setChecks).toEqual(expect.arrayContaining(["ExcelApi 1.4", "ExcelApi 1.6", "ExcelApi 1.9"]));
    } finally {
      host.done();
    }
  });
  it("are all missing outside Office", () => {
    expect(supportsExcelApi("1.1")).toBe(false);
    expect(Object.values(featureSupport()).every((v) => v === false)).toBe(true);
  });
});
