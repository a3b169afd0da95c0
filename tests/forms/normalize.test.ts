import { normalizeText, enumLookup, canonicalEnum, enumSpellings, formSpec } from "../../src/forms";

describe("normalizeText / enums", () => {
  test("trims, collapses spaces, lower case, ё → е", () => {
    expect(normalizeText("  Сельская \u00a0  Местность ")).toBe("сельская местность");
    expect(normalizeText("На учёте")).toBe("на учете");
    expect(normalizeText("")).toBe("");
  });

  test("enum lookup: values and aliases to the canonical value", () => {
    const locality = formSpec("context").columns.find((c) => c.key === "locality")!.enum!;
    expect(enumLookup(locality).get("сельская местность")).toBe("село");
    expect(enumLookup(locality)).toBe(enumLookup(locality));
    expect(canonicalEnum(locality, " ГОРОД ")).toBe("город");
    expect(canonicalEnum(locality, "деревня")).toBeUndefined();
  });

  test("subjects accept the aliases of the reference table through its resolver", () => {
    const subject = formSpec("results").columns.find((c) => c.key === "subject")!.enum!;
    expect(canonicalEnum(subject, "математика (профиль)")).toBe("Математика профильная");
    expect(canonicalEnum(subject, "Английский язык")).toBe("Иностранный язык");
    expect(canonicalEnum(subject, "рисование")).toBeUndefined();
  });

  test("spellings for native formulas: normalised, selected values only, no duplicates", () => {
    const status = formSpec("plan").columns.find((c) => c.key === "status")!.enum!;
    const done = enumSpellings(status, ["выполнено"]);
    expect(done[0]).toBe("выполнено");
    expect(done).toContain("выполнен");
    expect(done).not.toContain("в работе");
    const level = formSpec("risk-profile").columns.find((c) => c.key === "level")!.enum!;
    const all = enumSpellings(level);
    expect(new Set(all).size).toBe(all.length);
  });
});
