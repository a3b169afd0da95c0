import { MIN_SCORE_SUBJECTS, MIN_SCORE_TABLE, SUBJECT_ALIASES } from "../../../src/core/thresholds";

/** methodology.md §5: [certificate, admission], null for a dash; the same in 2025 and 2026. */
const SPEC: Record<string, [number | null, number | null]> = {
  "Русский язык": [24, 36],
  "Математика профильная": [27, 27],
  "Математика базовая": [3, null],
  "Физика": [null, 36],
  "Химия": [null, 36],
  "Биология": [null, 36],
  "Информатика": [null, 40],
  "История": [null, 32],
  "Литература": [null, 32],
  "География": [null, 37],
  "Обществознание": [null, 42],
  "Иностранный язык": [null, 22],
};

describe("MIN_SCORE_TABLE", () => {
  it("lists the twelve canonical subjects", () => {
    expect(MIN_SCORE_SUBJECTS).toEqual(Object.keys(SPEC));
  });

  it("holds exactly the years the spec gives values for", () => {
    expect([...new Set(MIN_SCORE_TABLE.map((r) => r.year))].sort()).toEqual([2025, 2026]);
    expect(MIN_SCORE_TABLE).toHaveLength(24);
  });

  it.each([2025, 2026])("has the values of methodology.md §5 for %i, one row per subject", (year) => {
    for (const subject of MIN_SCORE_SUBJECTS) {
      const rows = MIN_SCORE_TABLE.filter((r) => r.year === year && r.subject === subject);
      expect(rows).toHaveLength(1);
      expect([rows[0].certificate, rows[0].admission]).toEqual(SPEC[subject]);
    }
  });

  it("gives every row a source", () => {
    for (const row of MIN_SCORE_TABLE) {
      expect(row.source).toMatch(/Рособрнадзор/);
      expect(row.source).toContain(String(row.year));
    }
  });

  it("maps every alias to a canonical subject", () => {
    for (const target of Object.values(SUBJECT_ALIASES)) expect(MIN_SCORE_SUBJECTS).toContain(target);
  });
});
