/**
 * A synthetic region for the demonstration: about sixty schools in four municipalities with plausible social
 * passports and results that follow the social context (a latent "wellbeing" of each school, plus a school effect,
 * so that resilient schools and schools with low results in good conditions also occur). Fictional names and
 * codes; the numbers are generated, not taken from any report. Deterministic: the same region on every run.
 * Results cover three academic years, so that "stably low results" (three years below the threshold) can be
 * judged; two of the weakest schools are made to show what the coordinator's sheet «По школам» looks for: one with
 * profile mathematics below the minimum score three years running, one with 30 % and more «2» in the same ВПР two
 * years running (Rosobrnadzor's risk indicator).
 */
import { seededRandom, type Random } from "./random";

export type DemoLocality = "город" | "село";

export interface DemoSchool {
  /** `Код ОО`: six digits, with a leading zero (codes are text) */
  code: string;
  name: string;
  municipality: string;
  locality: DemoLocality;
  students: number;
  /** counts of the `context` form's category columns, by header */
  categories: Record<string, number>;
  /** whether the school has an 11th grade (ЕГЭ) */
  seniorGrades: boolean;
}

/** One row of the `results` form, by header. */
export type DemoResultRow = Record<string, string | number | null>;

export interface DemoRegionData {
  /** the region's name (fictional) */
  name: string;
  municipalities: string[];
  schools: DemoSchool[];
  /** result rows by municipality */
  results: Map<string, DemoResultRow[]>;
  /** the academic year of the social passports */
  year: string;
  /** the academic years of results, in order */
  resultYears: string[];
  /** the schools made to show stably low results and the risk indicator */
  planted: { stablyLow: string; risk: string };
}

const SEED = 20250901;
/** The earliest year of results is drawn from its own sequence, so the later years stay as they were. */
const EARLIER_SEED = 20220901;

/** Municipalities (fictional), their kind and number of schools. */
const MUNICIPALITIES: readonly { name: string; city: boolean; schools: number }[] = [
  { name: "Городской округ Приреченск", city: true, schools: 18 },
  { name: "Северный муниципальный район", city: false, schools: 15 },
  { name: "Заречный муниципальный район", city: false, schools: 14 },
  { name: "Озёрный муниципальный округ", city: false, schools: 13 },
];

const VILLAGES: readonly string[] = [
  "Берёзовка", "Сосновка", "Никольское", "Ивановка", "Михайловка", "Покровское", "Александровка", "Знаменка",
  "Каменка", "Липовка", "Ольховка", "Дубровка", "Рябиновка", "Воскресенское", "Троицкое", "Успенское", "Красное",
  "Луговое", "Полевое", "Садовое", "Высокое", "Хлебное", "Малиновка", "Петровка", "Васильевка", "Вознесенское",
  "Ключи", "Горки", "Озерки", "Липки", "Дубки", "Сергеевка", "Кузьминка", "Новосёлки", "Рождествено", "Спасское",
  "Владимировка", "Борки", "Ракитное", "Медведево", "Шилово", "Ильинское", "Кленовка",
];

/** Category headers of the `context` form and how each share follows the school's wellbeing `w`. */
const CATEGORY_MODELS: readonly { header: string; share: (w: number, rural: boolean, r: Random) => number; max: number }[] = [
  { header: "Из малообеспеченных семей", share: (w, rural, r) => 0.15 - 0.06 * w + (rural ? 0.06 : 0) + r.normal(0, 0.03), max: 0.6 },
  { header: "Из неполных семей", share: (w, _rural, r) => 0.19 - 0.04 * w + r.normal(0, 0.03), max: 0.5 },
  { header: "Из многодетных семей", share: (w, rural, r) => 0.12 - 0.02 * w + (rural ? 0.05 : 0) + r.normal(0, 0.03), max: 0.45 },
  { header: "Русский язык не родной", share: (_w, _rural, r) => (r.next() < 0.15 ? 0.08 + r.next() * 0.2 : Math.abs(r.normal(0, 0.02))), max: 0.5 },
  { header: "С ОВЗ", share: (w, _rural, r) => 0.05 - 0.01 * w + r.normal(0, 0.015), max: 0.2 },
  { header: "Дети-сироты и оставшиеся без попечения", share: (w, _rural, r) => 0.018 - 0.008 * w + r.normal(0, 0.007), max: 0.08 },
  { header: "На учёте (ВШУ, ПДН, КДН)", share: (w, _rural, r) => 0.02 - 0.01 * w + r.normal(0, 0.008), max: 0.08 },
  { header: "Хотя бы один родитель с высшим образованием", share: (w, rural, r) => 0.4 + 0.12 * w + (rural ? -0.1 : 0.08) + r.normal(0, 0.05), max: 0.9 },
  { header: "Безработные родители (один или оба)", share: (w, rural, r) => 0.08 - 0.04 * w + (rural ? 0.04 : 0) + r.normal(0, 0.02), max: 0.4 },
];

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const round1 = (x: number): number => Math.round(x * 10) / 10;
const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The demonstration region. O(schools).
 * @returns schools with their social passports and results by municipality
 * @example demoRegionData().schools.length // => 60
 */
export function demoRegionData(): DemoRegionData {
  let r = seededRandom(SEED);
  const year = "2024/2025";
  const resultYears = ["2022/2023", "2023/2024", "2024/2025"];
  const schools: DemoSchool[] = [];
  const latent = new Map<string, { w: number; effect: number }>();
  let village = 0;

  MUNICIPALITIES.forEach((m, mi) => {
    for (let i = 1; i <= m.schools; i++) {
      const code = `${String(mi + 1).padStart(2, "0")}${String(i).padStart(4, "0")}`;
      // A town has a few rural schools on its outskirts; a district a few in its centre.
      const rural = m.city ? i > m.schools - 3 : i > 3;
      const w = r.normal(rural ? -0.4 : 0.35, 0.9);
      const effect = r.normal(0, 0.6);
      const basic = rural && r.next() < 0.3;
      let name: string;
      if (!rural) name = m.city && i === 1 ? "МБОУ «Гимназия № 1»" : m.city && i === 2 ? "МБОУ «Лицей № 2»" : `МБОУ «СОШ № ${i}»`;
      else name = `МБОУ «${basic ? "ООШ" : "СОШ"} с. ${VILLAGES[village++ % VILLAGES.length]}»`;
      const students = rural ? Math.round(clamp(r.normal(basic ? 70 : 160, basic ? 25 : 60), 25, 380)) : Math.round(clamp(r.normal(720, 230), 280, 1300));
      const categories: Record<string, number> = {};
      for (const c of CATEGORY_MODELS) categories[c.header] = Math.round(clamp(c.share(w, rural, r), 0, c.max) * students);
      schools.push({ code, name, municipality: m.name, locality: rural ? "село" : "город", students, categories, seniorGrades: !basic });
      latent.set(code, { w, effect });
    }
  });

  const results = new Map<string, DemoResultRow[]>();
  for (const m of MUNICIPALITIES) results.set(m.name, []);
  const drifts: Record<string, number> = { "2022/2023": -0.6, "2023/2024": -0.4, "2024/2025": 0 };
  const later = r;
  for (const ry of [...resultYears.slice(1), resultYears[0]]) {
    const drift = drifts[ry];
    if (ry === resultYears[0]) r = seededRandom(EARLIER_SEED);
    for (const s of schools) {
      const { w, effect } = latent.get(s.code)!;
      const cohort = s.students / 11;
      const rows = results.get(s.municipality)!;
      const add = (procedure: string, subject: string, grade: number | null, participants: number, below: number, average: number): void => {
        rows.push({
          "Код ОО": s.code,
          "Учебный год": ry,
          "Процедура": procedure,
          "Предмет": subject,
          "Класс": grade,
          "Число участников": participants,
          "Не преодолели минимальный порог": Math.min(below, participants),
          "Средний балл": average,
        });
      };
      if (s.seniorGrades) {
        const n = Math.max(3, Math.round(cohort * (0.55 + r.next() * 0.3)));
        const ru = clamp(68 + 5 * w + 4 * effect + drift + r.normal(0, 2), 45, 88);
        add("ЕГЭ", "Русский язык", null, n, ru < 55 ? r.int(1, 3) : r.next() < 0.2 ? 1 : 0, round1(ru));
        const nm = Math.max(2, Math.round(n * (0.35 + r.next() * 0.25)));
        const ma = clamp(52 + 7 * w + 6 * effect + drift + r.normal(0, 3), 25, 80);
        add("ЕГЭ", "Математика профильная", null, nm, ma < 40 ? r.int(1, Math.max(1, Math.round(nm / 3))) : r.next() < 0.25 ? 1 : 0, round1(ma));
      }
      const n9 = Math.max(3, Math.round(cohort * (0.85 + r.next() * 0.15)));
      const below9 = Math.round(n9 * clamp(0.06 - 0.04 * w - 0.03 * effect + r.normal(0, 0.02), 0, 0.4));
      add("ОГЭ", "Русский язык", null, n9, below9, round2(clamp(3.8 + 0.25 * w + 0.2 * effect + r.normal(0, 0.08), 2.8, 4.7)));
      const n5 = Math.max(3, Math.round(cohort * (0.85 + r.next() * 0.15)));
      const below5 = Math.round(n5 * clamp(0.1 - 0.05 * w - 0.04 * effect + r.normal(0, 0.03), 0, 0.5));
      add("ВПР", "Математика", 5, n5, below5, round2(clamp(3.6 + 0.25 * w + 0.2 * effect + r.normal(0, 0.1), 2.6, 4.6)));
    }
  }
  r = later;

  // The two weakest schools (context and school effect together) show what the coordinator looks for.
  const weakest = schools
    .filter((s) => s.seniorGrades)
    .map((s) => ({ s, score: latent.get(s.code)!.w + latent.get(s.code)!.effect }))
    .sort((a, b) => a.score - b.score || a.s.code.localeCompare(b.s.code));
  const planted = { stablyLow: weakest[0].s.code, risk: weakest[1].s.code };
  const rowsOf = (code: string, procedure: string, subject: string) =>
    [...results.values()].flat().filter((x) => x["Код ОО"] === code && x["Процедура"] === procedure && x["Предмет"] === subject);
  // Profile mathematics below the minimum score of 27 in each of the three years.
  const lowMeans: Record<string, number> = { "2022/2023": 25.4, "2023/2024": 24.8, "2024/2025": 26.1 };
  for (const row of rowsOf(planted.stablyLow, "ЕГЭ", "Математика профильная")) {
    row["Средний балл"] = lowMeans[row["Учебный год"] as string];
    row["Не преодолели минимальный порог"] = Math.ceil((row["Число участников"] as number) / 2);
  }
  // A third and more of «2» in ВПР mathematics two years running.
  for (const row of rowsOf(planted.risk, "ВПР", "Математика")) {
    if (row["Учебный год"] === resultYears[0]) continue;
    row["Не преодолели минимальный порог"] = Math.ceil((row["Число участников"] as number) * 0.36);
    row["Средний балл"] = 2.9;
  }
  return { name: "Демонстрационный регион", municipalities: MUNICIPALITIES.map((m) => m.name), schools, results, year, resultYears, planted };
}
