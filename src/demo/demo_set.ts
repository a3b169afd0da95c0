/**
 * The files of the demonstration: each school's `context` file, a `results` file per municipality, the reference
 * lists — and the mistakes schools really make, planted in a few files, each with what the tools must report.
 * Data only: the command line writes the files and checks that every planted mistake was found.
 */
import { demoRegionData, type DemoRegionData, type DemoSchool } from "./demo_region";

/** Folders of the demonstration, relative to its directory. */
export const DEMO_FOLDERS = {
  templates: "шаблоны",
  schools: "школы",
  results: "результаты",
  lists: "перечни",
  checks: "проверка",
  consolidated: "свод",
  index: "индекс",
} as const;

/** One file to write. */
export interface DemoFile {
  /** path relative to the demonstration's directory, `/` separated */
  path: string;
  /** the form of a workbook file */
  formId?: "context" | "results";
  /** rows keyed by header, values as typed into the cells */
  rows?: Record<string, string | number | null>[];
  /** the sheet renamed from the template's name */
  sheetName?: string;
  /** a header retyped by the school */
  renameHeader?: { from: string; to: string };
  /** the content of a file that is not a workbook */
  text?: string;
}

/** What the tools must report for a planted mistake. */
export type MistakeExpectation =
  /** a validator finding of this code (and field) in the file */
  | { kind: "finding"; code: string; field?: string }
  /** no finding in the file, and the consolidated table holds this number */
  | { kind: "accepted"; field: string; value: number }
  /** the file's rows are consolidated from this sheet, without findings */
  | { kind: "recognised"; sheet: string }
  /** consolidation reports the code in more than one file */
  | { kind: "duplicate"; code: string }
  /** consolidation reports the school of the list as missing */
  | { kind: "missing"; code: string };

export interface PlantedMistake {
  id: string;
  /** Russian: what the school did */
  title: string;
  file: string;
  expect: MistakeExpectation[];
}

export interface DemoSet {
  region: DemoRegionData;
  files: DemoFile[];
  /** `перечни/школы.csv` rows: code, name, municipality */
  schoolList: { code: string; name: string; municipality: string }[];
  /** the path of the schools list and of the municipalities list */
  lists: { schools: string; municipalities: string };
  mistakes: PlantedMistake[];
}

const TOTAL = "Численность обучающихся";

/** A school's row of the `context` form, keyed by header. */
function contextRow(s: DemoSchool, year: string): Record<string, string | number | null> {
  return {
    "Код ОО": s.code,
    "Наименование ОО": s.name,
    "Муниципальное образование": s.municipality,
    "Тип местности": s.locality,
    "Учебный год": year,
    [TOTAL]: s.students,
    ...s.categories,
  };
}

/** File name of a municipality's results: its number and name, lower case, hyphens for spaces. */
const resultsPath = (i: number, name: string): string =>
  `${DEMO_FOLDERS.results}/${String(i + 1).padStart(2, "0")}-${name.toLowerCase().replace(/\s+/g, "-")}.xlsx`;

/**
 * The demonstration's files and planted mistakes. Deterministic. O(schools + result rows).
 * @returns files to write, lists, mistakes
 * @example demoSet().mistakes.map((m) => m.id) // => ["text-number", "part-exceeds-total", …]
 */
export function demoSet(): DemoSet {
  const region = demoRegionData();
  const schools = region.schools;
  const pathOf = (s: DemoSchool): string => `${DEMO_FOLDERS.schools}/${s.code}.xlsx`;
  const rows = new Map(schools.map((s) => [s.code, contextRow(s, region.year)]));
  const files = new Map<string, DemoFile>(schools.map((s) => [s.code, { path: pathOf(s), formId: "context", rows: [rows.get(s.code)!] }]));
  const mistakes: PlantedMistake[] = [];
  const at = (i: number): DemoSchool => schools[i];

  // 1. A number typed as text with a space between thousands: accepted, stored as a number.
  {
    const s = at(4);
    const students = 1034;
    const row = rows.get(s.code)!;
    for (const [h, n] of Object.entries(s.categories)) row[h] = Math.round((n * students) / s.students);
    row[TOTAL] = "1 034";
    mistakes.push({
      id: "text-number",
      title: "Численность «1 034» набрана текстом с пробелом — принимается как число 1034",
      file: pathOf(s),
      expect: [{ kind: "accepted", field: TOTAL, value: students }],
    });
  }
  // 2. A part larger than the whole: a digit typed twice.
  {
    const s = at(22);
    const field = "Из неполных семей";
    const typed = s.categories[field] * 10 > s.students ? s.categories[field] * 10 : s.students + 11;
    rows.get(s.code)![field] = typed;
    mistakes.push({
      id: "part-exceeds-total",
      title: `«${field}» = ${typed} больше численности обучающихся (${s.students})`,
      file: pathOf(s),
      expect: [{ kind: "finding", code: "part-exceeds-total", field }],
    });
  }
  // 3. A required value left empty.
  {
    const s = at(35);
    rows.get(s.code)![TOTAL] = null;
    mistakes.push({ id: "required", title: `Не заполнена «${TOTAL}»`, file: pathOf(s), expect: [{ kind: "finding", code: "required", field: TOTAL }] });
  }
  // 4. A value outside the list.
  {
    const s = at(50);
    rows.get(s.code)!["Тип местности"] = "деревня";
    mistakes.push({
      id: "enum",
      title: "«Тип местности» = «деревня» вместо «село»",
      file: pathOf(s),
      expect: [{ kind: "finding", code: "enum", field: "Тип местности" }],
    });
  }
  // 5. The academic year with a hyphen.
  {
    const s = at(8);
    rows.get(s.code)!["Учебный год"] = "2024-2025";
    mistakes.push({
      id: "academic-year",
      title: "«Учебный год» записан «2024-2025» вместо «2024/2025»",
      file: pathOf(s),
      expect: [{ kind: "finding", code: "pattern", field: "Учебный год" }],
    });
  }
  // 6. A school copied its neighbour's file and kept the neighbour's code.
  {
    const s = at(40);
    const neighbour = at(39);
    rows.get(s.code)!["Код ОО"] = neighbour.code;
    mistakes.push({
      id: "duplicate-code",
      title: `В файле школы ${s.code} стоит Код ОО соседней школы ${neighbour.code}`,
      file: pathOf(s),
      expect: [
        { kind: "finding", code: "unique", field: "Код ОО" },
        { kind: "duplicate", code: neighbour.code },
        { kind: "missing", code: s.code },
      ],
    });
  }
  // 7. The sheet renamed: the file is still recognised by the template's hidden marker.
  {
    const s = at(12);
    files.get(s.code)!.sheetName = "Лист1";
    mistakes.push({ id: "renamed-sheet", title: "Лист переименован в «Лист1» — распознан по скрытой метке шаблона", file: pathOf(s), expect: [{ kind: "recognised", sheet: "Лист1" }] });
  }
  // 8. A header retyped.
  {
    const s = at(27);
    files.get(s.code)!.renameHeader = { from: TOTAL, to: "Всего обучающихся" };
    mistakes.push({
      id: "renamed-header",
      title: `Заголовок «${TOTAL}» заменён на «Всего обучающихся»`,
      file: pathOf(s),
      expect: [{ kind: "finding", code: "header", field: TOTAL }],
    });
  }
  // 9. Not a workbook: a CSV export renamed to .xlsx.
  {
    const s = at(55);
    const row = rows.get(s.code)!;
    const file = files.get(s.code)!;
    file.text = `${Object.keys(row).join(";")}\r\n${Object.values(row).map((v) => (v === null ? "" : String(v))).join(";")}\r\n`;
    delete file.formId;
    delete file.rows;
    mistakes.push({
      id: "not-a-workbook",
      title: "Файл — не книга Excel (выгрузка CSV с расширением .xlsx)",
      file: pathOf(s),
      expect: [
        { kind: "finding", code: "unreadable" },
        { kind: "missing", code: s.code },
      ],
    });
  }

  const resultFiles: DemoFile[] = region.municipalities.map((m, i) => ({ path: resultsPath(i, m), formId: "results", rows: region.results.get(m) ?? [] }));
  return {
    region,
    files: [...files.values(), ...resultFiles],
    schoolList: schools.map((s) => ({ code: s.code, name: s.name, municipality: s.municipality })),
    lists: { schools: `${DEMO_FOLDERS.lists}/школы.csv`, municipalities: `${DEMO_FOLDERS.lists}/муниципалитеты.txt` },
    mistakes,
  };
}
