import { parseDirection, readDirection, EduError } from "../../../src/core/shared";

describe("directions", () => {
  it.each(["up", "UP", "+", 1, "1", "рост", "Рост", "повышение", " повышение "])("%p means higher is better", (v) => {
    expect(readDirection(v)).toBe(1);
  });
  it.each(["down", "-", "−", -1, "-1", "снижение", "Снижение", "понижение"])("%p means lower is better", (v) => {
    expect(readDirection(v)).toBe(-1);
  });
  it("uses the default when empty and rejects unknown text with #VALUE!", () => {
    expect(parseDirection(null, -1, "направление")).toBe(-1);
    expect(parseDirection("", 1, "направление")).toBe(1);
    expect(() => parseDirection("вбок", 1, "направление")).toThrow(EduError);
    expect(() => parseDirection(2, 1, "направление")).toThrow(/направление/);
  });
});
