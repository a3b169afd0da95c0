/**
 * A row of the `results` form for tests, keyed by the form's exact headers: one school's OGE in mathematics in a
 * year — what the derived results (share below the threshold, the 30 % risk, stably low results) are computed from.
 */
export function resultsSample(code: string, year: string, participants: number, below: number, mark: number): Record<string, string | number> {
  return {
    "Код ОО": code,
    "Учебный год": year,
    Процедура: "ОГЭ",
    Предмет: "Математика",
    "Число участников": participants,
    "Не преодолели минимальный порог": below,
    "Средний балл": mark,
  };
}
