/**
 * Nothing in the presets is invented: every text comes from its seed (after the listed readings of OCR
 * damage), and the readings themselves are anchored in the raw seed.
 */
import { PRESETS, preset, type Preset } from "../../../src/forms/presets";
import { dataRows } from "./helpers";
import { SEED_READINGS, missingPieces, plain, seedPlain, seedRaw, type SeedId } from "./seed_text";

/** The seed each transcribed preset comes from. */
const SEED_OF: Readonly<Record<string, SeedId>> = {
  "passport-tambov": "003",
  "passport-yartsevo": "004",
  "plan-region-2023-2025": "002",
  "plan-tambov": "003",
  "plan-krasnye-baki": "001",
  "plan-yartsevo": "004",
  "targets-yartsevo": "004",
  "targets-tambov": "003",
  "finance-yartsevo": "004",
  "responsibility-phases": "000",
  "responsibility-astrakhan": "000",
  "cycle-krasnye-baki": "001",
};

/** Columns whose values are the form's own vocabulary or derived structure, not transcribed text. */
const NOT_TRANSCRIBED = new Set(["№ п/п", "Единица измерения", "Направление", "Раздел", "Этап"]);

/** Every transcribed text of a preset: section rows and string cells. */
function texts(p: Preset): string[] {
  const out: string[] = [];
  for (const row of p.rows) {
    if (row.kind === "section") out.push(row.text);
    else for (const [k, v] of Object.entries(row.values)) if (typeof v === "string" && !NOT_TRANSCRIBED.has(k)) out.push(...v.split("\n"));
  }
  return out;
}

describe("seed readings", () => {
  it.each(Object.entries(SEED_READINGS).flatMap(([id, list]) => list.map((r) => [id, r.found, r.read] as const)))(
    "seed %s really has «%s»",
    (id, found) => {
      expect(plain(seedRaw(id as SeedId))).toContain(found);
    },
  );
});

describe("missingPieces (the check itself)", () => {
  const seed = "Первая строка таблицы. Вторая часть строки после разрыва страницы.";
  it("accepts text made of seed pieces in order", () => {
    expect(missingPieces("Первая строка таблицы. Вторая часть строки", seed)).toEqual([]);
    expect(missingPieces("Первая строка Вторая часть строки", seed, 5)).toEqual([]);
  });
  it("rejects a word that is not in the seed, and pieces out of order", () => {
    expect(missingPieces("Первая строка таблицы. Третья часть", seed)).not.toEqual([]);
    expect(missingPieces("Вторая часть строки. Первая строка таблицы", seed)).not.toEqual([]);
  });
});

describe.each(Object.entries(SEED_OF))("preset %s is transcribed from seed %s", (name, seed) => {
  const p = preset(name);
  it.each(texts(p).map((t) => [t.slice(0, 60), t] as const))("«%s…»", (_short, text) => {
    expect(missingPieces(text, seedPlain(seed))).toEqual([]);
  });
});

describe("default presets transcribe the spec", () => {
  it("covers every preset by a seed or as a default", () => {
    const defaults = ["passport-sections", "cycle-stages", "risk-factors-500"];
    for (const p of PRESETS) expect(SEED_OF[p.name] !== undefined || defaults.includes(p.name)).toBe(true);
  });

  it("the cycle stages and the Astrakhan actors are the seed's words", () => {
    for (const row of dataRows(preset("cycle-krasnye-baki"))) {
      if (row.values["Этап"] !== "Цели") expect(missingPieces(String(row.values["Этап"]), seedPlain("001"))).toEqual([]);
    }
    const header = plain(seedRaw("000").split("\n")[6]);
    expect(header).toContain("Министерство образования и науки Астраханской области (министерство)");
    expect(header).toContain("«Институт развития образования»");
    expect(header).toContain("«Центр мониторинга в образовании»");
  });
});
