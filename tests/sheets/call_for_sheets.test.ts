import { functionSpec, naError, type FunctionSpec } from "../../src/core";
import { callForSheets, sheetsError } from "../../sheets/call_for_sheets";

const call = (id: string, ...args: unknown[]) => callForSheets(functionSpec(id), args);
const thrown = (f: () => unknown): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("nothing was thrown");
};

describe("sheetsError", () => {
  it("puts the code first, then the Russian reason with Sheets names", () => {
    expect(sheetsError(naError("нет данных о пороге за 2030")).message).toBe("#N/A: нет данных о пороге за 2030");
    expect(sheetsError(naError("используйте ОБР.ПРОГРЕСС, иначе #ДЕЛ/0!")).message).toBe("#N/A: используйте EDU_PROGRESS, иначе #DIV/0!");
  });
});

describe("callForSheets", () => {
  it("returns a single answer bare and a spilled one as a 2-D array", () => {
    expect(call("ACHIEVEMENT", 80, 100)).toBe(0.8);
    expect(call("BELOW", 27, 27)).toBe(false);
    expect(call("SHARE", [[1], [2]], 4)).toEqual([[0.25], [0.5]]);
  });

  it("throws an Error with the code for an error of the whole call", () => {
    const e = thrown(() => call("SHARE", 30, 0));
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toMatch(/^#DIV\/0!: [а-яё]/i);
    expect(thrown(() => call("MIN_SCORE", "астрология")).message).toMatch(/^#VALUE!: /);
    expect(thrown(() => call("MIN_SCORE", "обществознание", 1990)).message).toMatch(/^#N\/A: /);
  });

  it("writes a per-row error as the text of its code", () => {
    expect(call("SHARE", [[1], [5]], [[2], [0]])).toEqual([[0.5], ["#DIV/0!"]]);
  });

  it("passes dates to the core as serial numbers", () => {
    expect(call("DELTA", new Date(2025, 0, 11), new Date(2025, 0, 1))).toBe(10);
  });

  it("treats an empty text and a skipped argument alike, as Excel treats an omitted one", () => {
    expect(call("ACHIEVEMENT", 9.5, 9, "", 1)).toBe(1);
    expect(call("ACHIEVEMENT", 9.5, 9, undefined, 1)).toBe(1);
  });

  it("rejects too many or too few arguments with #VALUE!", () => {
    expect(thrown(() => call("DELTA", 1, 2, 3)).message).toBe("#VALUE!: функция EDU_DELTA принимает не больше 2 аргументов, передано 3");
    expect(thrown(() => call("DELTA", 1)).message).toBe("#VALUE!: функции EDU_DELTA не хватает аргументов: не задано «база»");
    expect(call("GAP", 80, 100)).toBe(20);
  });

  it("turns a defect (anything but EduError) into #VALUE! with a Russian message", () => {
    const broken: FunctionSpec = {
      ...functionSpec("DELTA"),
      impl: () => {
        throw new TypeError("x is undefined");
      },
    };
    expect(thrown(() => callForSheets(broken, [1, 2])).message).toBe("#VALUE!: внутренняя ошибка надстройки: x is undefined");
  });

  it("never returns a number that is not finite", () => {
    const overflow: FunctionSpec = { ...functionSpec("DELTA"), impl: () => Infinity };
    expect(thrown(() => callForSheets(overflow, [1, 2])).message).toMatch(/^#NUM!: /);
    const grid: FunctionSpec = { ...functionSpec("DELTA"), impl: () => [[NaN], [1]] };
    expect(callForSheets(grid, [1, 2])).toEqual([["#NUM!"], [1]]);
  });
});
