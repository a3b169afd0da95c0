import { minScoreEntry, MIN_SCORE_SUBJECTS } from "../../../src/core/thresholds";
import { expectEduError } from "../helpers";

describe("minScoreEntry", () => {
  it("returns the subject, year, purpose, score and source", () => {
    expect(minScoreEntry("русский язык", 2025, "вуз")).toEqual({
      subject: "Русский язык",
      year: 2025,
      purpose: "вуз",
      score: 36,
      source: expect.stringMatching(/Рособрнадзор.*2025/),
    });
  });

  it("defaults to the certificate minimum of the latest year", () => {
    const e = minScoreEntry("Русский язык");
    expect(e.year).toBe(2026);
    expect(e.purpose).toBe("аттестат");
    expect(e.score).toBe(24);
  });

  it("gives the admission minimum for the certificate where no other threshold exists, and says so", () => {
    const e = minScoreEntry("обществознание", 2025);
    expect(e.score).toBe(42);
    expect(e.source).toMatch(/для аттестата.*не установлен/);
    expect(minScoreEntry("обществознание", 2025, "вуз").source).not.toMatch(/не установлен/);
  });

  it("answers the passing mark 3 for base mathematics and no admission minimum", () => {
    const e = minScoreEntry("математика базовая");
    expect(e.score).toBe(3);
    expect(e.source).toMatch(/отметка «3»/);
    expectEduError(() => minScoreEntry("базовая математика", 2025, "вуз"), "na", /поступления в вуз/);
  });

  it("reads the year as text and the purpose in any case", () => {
    expect(minScoreEntry("Физика", "2026", " ВУЗ ").score).toBe(36);
    expect(minScoreEntry("Физика", [[2026]], "аттестат").score).toBe(36);
  });

  it("lists the accepted names for an unknown subject", () => {
    const err = expectEduError(() => minScoreEntry("астрономия"), "value", /астрономия/);
    for (const s of MIN_SCORE_SUBJECTS) expect(err.message).toContain(s);
    expectEduError(() => minScoreEntry("математика"), "value", /профильная.*базовая/);
    expectEduError(() => minScoreEntry("окружающий мир"), "value", /не сдаётся в форме ЕГЭ/);
    expectEduError(() => minScoreEntry(42), "value", /допустимые названия/);
  });

  it("answers #N/A «нет данных о пороге за <год>» for a year outside the table", () => {
    expectEduError(() => minScoreEntry("русский язык", 2024), "na", /^нет данных о пороге за 2024/);
    expectEduError(() => minScoreEntry("русский язык", 2025.5), "num", /целым/);
    expectEduError(() => minScoreEntry("русский язык", "прошлый"), "value", /год/);
  });

  it("answers #N/A for an empty subject and #VALUE! for an unknown purpose", () => {
    expectEduError(() => minScoreEntry(null), "na", /предмет/);
    expectEduError(() => minScoreEntry("химия", 2025, "колледж"), "value", /аттестат.*вуз/);
  });
});
