import { finiteResult } from "../../../src/core/targets/finite_result";
import { expectEduError } from "../helpers";

describe("finiteResult", () => {
  it("passes finite numbers through", () => {
    expect(finiteResult(0.25)).toBe(0.25);
    expect(finiteResult(-1e308)).toBe(-1e308);
  });

  it("turns NaN and ±Infinity into #NUM!", () => {
    expectEduError(() => finiteResult(NaN), "num", /вне диапазона/);
    expectEduError(() => finiteResult(Infinity), "num");
    expectEduError(() => finiteResult(-Infinity), "num");
  });
});
