/**
 * The function catalogue: one entry per worksheet function of functions.md, in the order of the spec.
 * It is the one place for what hosts need beyond the code: the Russian name (`ОБР.<name>`), Russian help
 * for the function and each parameter, whether the result spills, and worked examples. From it are derived
 * the Russian Excel metadata, the Google Sheets wrappers' JSDoc, docs/functions.md and the formula-engine
 * harness. The Excel signatures themselves live in functions/functions.ts (JSDoc read by
 * CustomFunctionsMetadataPlugin); a test keeps both in step.
 */
import type { FunctionSpec, ParamSpec } from "./catalog_types";
import { swi, swiGroup, quadrant, expectedResult, valueAdded, share } from "./swi";
import { below, thresholdStatus, shareBelow, minScore, stablyLow, bottomShare, risk30 } from "./thresholds";
import {
  delta,
  deltaPct,
  gap,
  achievement,
  progress,
  targetStatus,
  programDegree,
  effectiveness,
  planValue,
} from "./targets";

export type { FunctionSpec, ParamSpec, Family } from "./catalog_types";

const p = (name: string, ruName: string, description: string, opts: { optional?: boolean; range?: boolean } = {}): ParamSpec => ({
  name,
  optional: opts.optional ?? false,
  range: opts.range ?? false,
  ru: { name: ruName, description },
});

const DIRECTION_HELP = 'направление: "рост" (больше — лучше) или "снижение" (меньше — лучше); также "up"/"down", "+"/"-", 1/-1';

export const CATALOG: readonly FunctionSpec[] = [
  // ── 1. Индекс социального благополучия ──────────────────────────────────────────────
  {
    id: "SWI",
    family: "swi",
    impl: swi,
    spills: true,
    shape: "per-row",
    ru: {
      name: "ИСБ",
      description: "Индекс социального благополучия каждой школы (строки) по контекстным показателям (столбцы).",
      help:
        "Составной индекс по методике PISA ESCS и руководства OECD/JRC: каждый показатель нормируется (z-оценка, минимакс или ранг), " +
        "ориентируется по направлению и усредняется с весами по имеющимся у школы показателям. Чем больше ИСБ, тем благополучнее " +
        "социальный контекст школы. Результат — столбец значений по числу строк.",
    },
    params: [
      p("indicators", "показатели", "диапазон N×K: строки — школы, столбцы — показатели (доли обучающихся в категориях, 0–1 или 0–100)", { range: true }),
      p("directions", "направления", 'строка из K направлений: "+" — больше значит благополучнее, "-" — больше значит хуже; по умолчанию все "-"', { optional: true, range: true }),
      p("weights", "веса", "строка из K неотрицательных весов; по умолчанию все равны 1", { optional: true, range: true }),
      p("method", "метод", 'нормирование: "z" (z-оценка, по умолчанию), "minmax" (минмакс) или "rank" (ранг)', { optional: true }),
      p("min_coverage", "мин_покрытие", "доля суммарного веса показателей, которая должна быть у школы (0–1, по умолчанию 0,5); иначе #Н/Д", { optional: true }),
    ],
    examples: [
      { formula: '=ОБР.ИСБ(B2:D6; {"-"\\"-"\\"+"})', result: "1,0040 / −0,6024 / 0,2534 / −1,3900 / 0,7349", note: "пример functions.md: малообеспеченные, неполные семьи, родители с высшим образованием" },
      { formula: '=ОБР.ИСБ(B2:D6; {"-"\\"-"\\"+"}; ; "rank")', result: "1 / 0,25 / 0,5 / 0 / 0,75" },
    ],
  },
  {
    id: "SWI_GROUP",
    family: "swi",
    impl: swiGroup,
    spills: true,
    shape: "like-input",
    ru: {
      name: "ИСБ_ГРУППА",
      description: "Номер группы каждой школы по процентилям значений (по умолчанию квартили: 1 — наименее благополучные).",
      help:
        "Группа = 1 + число границ, которые значение превышает; граница — процентиль (как ПРОЦЕНТИЛЬ.ВКЛ) по всем значениям. " +
        "С подписями возвращается подпись группы вместо номера.",
    },
    params: [
      p("values", "значения", "столбец значений (обычно ИСБ)", { range: true }),
      p("cutoffs", "границы", "уровни процентилей (0–1, в любом порядке), по умолчанию {0,25; 0,5; 0,75}", { optional: true, range: true }),
      p("labels", "подписи", "подписи групп, на одну больше, чем границ", { optional: true, range: true }),
    ],
    examples: [{ formula: "=ОБР.ИСБ_ГРУППА(E2:E6)", result: "4 / 1 / 2 / 1 / 3", note: "для ИСБ z из примера к ОБР.ИСБ" }],
  },
  {
    id: "QUADRANT",
    family: "swi",
    impl: quadrant,
    spills: true,
    shape: "like-input",
    ru: {
      name: "ТИП_ШКОЛЫ",
      description: "Тип школы по социальному контексту и результатам: «НОР и НСУ», «резильентная», «НСУ», «НОР».",
      help:
        "НСУ — ИСБ не выше процентиля низкого ИСБ; НОР — результат не выше процентиля низких результатов; " +
        "резильентная — НСУ с результатом не ниже процентиля высоких результатов; «нет данных» при пропуске.",
    },
    params: [
      p("swi", "исб", "столбец ИСБ школ", { range: true }),
      p("results", "результаты", "столбец результатов тех же школ", { range: true }),
      p("low_swi", "низкий_исб", "уровень процентиля низкого ИСБ, по умолчанию 0,25", { optional: true }),
      p("low_result", "низкий_результат", "уровень процентиля низких результатов, по умолчанию 0,25", { optional: true }),
      p("high_result", "высокий_результат", "уровень процентиля высоких результатов, по умолчанию 0,75", { optional: true }),
    ],
    examples: [{ formula: "=ОБР.ТИП_ШКОЛЫ(E2:E500; F2:F500)", result: "столбец типов школ" }],
  },
  {
    id: "EXPECTED_RESULT",
    family: "swi",
    impl: expectedResult,
    spills: true,
    shape: "like-input",
    ru: {
      name: "ОЖИДАЕМЫЙ_РЕЗУЛЬТАТ",
      description: "Результат, ожидаемый при социальном контексте школы (линейная регрессия результата на ИСБ по региону).",
      help: "Метод наименьших квадратов по школам, у которых есть и результат, и ИСБ; нужно не меньше 3 таких школ.",
    },
    params: [
      p("results", "результаты", "столбец результатов школ", { range: true }),
      p("swi", "исб", "столбец ИСБ тех же школ", { range: true }),
    ],
    examples: [{ formula: "=ОБР.ОЖИДАЕМЫЙ_РЕЗУЛЬТАТ(F2:F500; E2:E500)", result: "столбец ожидаемых результатов" }],
  },
  {
    id: "VALUE_ADDED",
    family: "swi",
    impl: valueAdded,
    spills: true,
    shape: "like-input",
    ru: {
      name: "ВКЛАД_ШКОЛЫ",
      description: "Разница между фактическим и ожидаемым при данном контексте результатом («вклад школы»).",
      help: "Положительное значение — школа работает лучше, чем ожидается при её социальном контексте.",
    },
    params: [
      p("results", "результаты", "столбец результатов школ", { range: true }),
      p("swi", "исб", "столбец ИСБ тех же школ", { range: true }),
    ],
    examples: [{ formula: "=ОБР.ВКЛАД_ШКОЛЫ(F2:F500; E2:E500)", result: "столбец отклонений от ожидаемого" }],
  },
  {
    id: "SHARE",
    family: "swi",
    impl: share,
    spills: false,
    shape: "elementwise",
    ru: {
      name: "ДОЛЯ",
      description: "Доля части в целом (формат ячейки — процентный); для диапазонов — поэлементно.",
      help: "Целое, равное 0, — #ДЕЛ/0!; отрицательные значения или часть больше целого — #ЧИСЛО!.",
    },
    params: [
      p("part", "часть", "число или диапазон (например, число малообеспеченных)", { range: true }),
      p("total", "целое", "число или диапазон того же размера (например, численность обучающихся)", { range: true }),
    ],
    examples: [
      { formula: "=ОБР.ДОЛЯ(30; 120)", result: "0,25" },
      { formula: "=ОБР.ДОЛЯ(30; 0)", result: "#ДЕЛ/0!" },
    ],
  },
  // ── 2. Пороги ───────────────────────────────────────────────────────────────────────
  {
    id: "BELOW",
    family: "thresholds",
    impl: below,
    spills: false,
    shape: "elementwise",
    ru: {
      name: "НИЖЕ_ПОРОГА",
      description: "ИСТИНА, если значение ниже порога (балл, равный порогу, порог преодолел).",
      help: "Для диапазонов — поэлементно. Пустое значение — #Н/Д.",
    },
    params: [
      p("value", "значение", "балл или диапазон баллов", { range: true }),
      p("threshold", "порог", "минимальный балл (число или диапазон того же размера)", { range: true }),
    ],
    examples: [{ formula: "=ОБР.НИЖЕ_ПОРОГА(27; 27)", result: "ЛОЖЬ" }],
  },
  {
    id: "THRESHOLD_STATUS",
    family: "thresholds",
    impl: thresholdStatus,
    spills: false,
    shape: "elementwise",
    ru: {
      name: "СТАТУС_ПОРОГА",
      description: "«ниже порога», «зона риска» или «порог преодолён»; «нет данных» для пустого значения.",
      help: "Зона риска — от порога до порога плюс запас (по умолчанию запаса нет). Для диапазонов — поэлементно.",
    },
    params: [
      p("value", "значение", "балл или диапазон баллов", { range: true }),
      p("threshold", "порог", "минимальный балл", { range: true }),
      p("risk_margin", "запас", "ширина зоны риска над порогом, по умолчанию 0", { optional: true, range: true }),
    ],
    examples: [{ formula: "=ОБР.СТАТУС_ПОРОГА(38; 36; 5)", result: "зона риска" }],
  },
  {
    id: "SHARE_BELOW",
    family: "thresholds",
    impl: shareBelow,
    spills: false,
    shape: "single",
    ru: {
      name: "ДОЛЯ_НИЖЕ",
      description: "Доля значений строго ниже порога (например, участников, не преодолевших минимальный балл).",
      help: "Считается по непустым значениям; если их нет — #Н/Д.",
    },
    params: [
      p("values", "значения", "диапазон баллов", { range: true }),
      p("threshold", "порог", "минимальный балл", {}),
    ],
    examples: [{ formula: "=ОБР.ДОЛЯ_НИЖЕ(B2:B40; 36)", result: "доля участников ниже 36 баллов" }],
  },
  {
    id: "MIN_SCORE",
    family: "thresholds",
    impl: minScore,
    spills: false,
    shape: "elementwise",
    ru: {
      name: "МИН_БАЛЛ",
      description: "Минимальный балл ЕГЭ по предмету (Рособрнадзор): для аттестата или для поступления в вуз.",
      help:
        "Из встроенной справочной таблицы с источником каждой строки. Названия предметов — без учёта регистра, с синонимами " +
        '("профильная математика"). Год по умолчанию — последний в таблице. Базовая математика оценивается отметкой: возвращается 3.',
    },
    params: [
      p("subject", "предмет", 'название предмета, например "обществознание" (или диапазон названий)', { range: true }),
      p("year", "год", "год экзамена; по умолчанию последний в таблице", { optional: true, range: true }),
      p("purpose", "назначение", '"аттестат" (по умолчанию) или "вуз"', { optional: true, range: true }),
    ],
    examples: [
      { formula: '=ОБР.МИН_БАЛЛ("обществознание"; 2025)', result: "42" },
      { formula: '=ОБР.МИН_БАЛЛ("русский язык"; 2025; "вуз")', result: "36" },
    ],
  },
  {
    id: "STABLY_LOW",
    family: "thresholds",
    impl: stablyLow,
    spills: true,
    shape: "per-row",
    ru: {
      name: "СТАБИЛЬНО_НИЗКИЕ",
      description: "ИСТИНА, если каждое из последних лет (по умолчанию 3) значение было ниже порога.",
      help: "Значения по годам — в хронологическом порядке. Для нескольких школ (строки × годы) — ответ по каждой строке.",
    },
    params: [
      p("values_by_year", "значения_по_годам", "строка значений по годам или блок школы × годы", { range: true }),
      p("threshold", "порог", "порог (минимальный балл)", {}),
      p("years", "лет", "сколько последних лет проверять, по умолчанию 3", { optional: true }),
    ],
    examples: [{ formula: "=ОБР.СТАБИЛЬНО_НИЗКИЕ({32\\25\\29,5}; 36)", result: "ИСТИНА", note: "школа № 6 Ярцево, биология 2015–2017" }],
  },
  {
    id: "BOTTOM_SHARE",
    family: "thresholds",
    impl: bottomShare,
    spills: true,
    shape: "like-input",
    ru: {
      name: "В_НИЖНЕЙ_ДОЛЕ",
      description: "ИСТИНА для значений в худшей доле распределения (например, нижние 15% школ по ЕГЭ).",
      help: 'Для направления "рост" худшие — наименьшие значения, для "снижение" — наибольшие.',
    },
    params: [
      p("values", "значения", "столбец значений", { range: true }),
      p("share", "доля", "доля от 0 до 1, например 0,15", {}),
      p("direction", "направление", DIRECTION_HELP + '; по умолчанию "рост"', { optional: true }),
    ],
    examples: [{ formula: "=ОБР.В_НИЖНЕЙ_ДОЛЕ(F2:F500; 0,15)", result: "ИСТИНА для нижних 15%" }],
  },
  {
    id: "RISK_30",
    family: "thresholds",
    impl: risk30,
    spills: false,
    shape: "single",
    ru: {
      name: "РИСК_30",
      description: "Индикатор риска Рособрнадзора: доли не преодолевших порог ≥ 30% в 2 и более процедурах или 2 года подряд.",
      help:
        "Строки — оценочные процедуры, столбцы — годы (последний — текущий). А: не менее 2 процедур с долей ≥ предела в текущем году; " +
        'Б: хотя бы одна процедура с долей ≥ предела в каждом из двух последних лет. Режим "или" (по умолчанию) или "и".',
    },
    params: [
      p("shares", "доли", "блок процедуры × годы долей участников, не преодолевших порог", { range: true }),
      p("limit", "предел", "предел доли, по умолчанию 0,3", { optional: true }),
      p("mode", "режим", '"или" (по умолчанию) или "и"', { optional: true }),
    ],
    examples: [{ formula: "=ОБР.РИСК_30(B2:D5)", result: "ИСТИНА или ЛОЖЬ" }],
  },
  // ── 3. Целевые показатели ───────────────────────────────────────────────────────────
  {
    id: "DELTA",
    family: "targets",
    impl: delta,
    spills: false,
    shape: "elementwise",
    ru: { name: "ПРИРОСТ", description: "Абсолютное изменение: факт − база (в единицах показателя, например в процентных пунктах).", help: "Для диапазонов — поэлементно." },
    params: [
      p("fact", "факт", "фактическое значение", { range: true }),
      p("base", "база", "базовое значение", { range: true }),
    ],
    examples: [{ formula: "=ОБР.ПРИРОСТ(80; 25)", result: "55" }],
  },
  {
    id: "DELTA_PCT",
    family: "targets",
    impl: deltaPct,
    spills: false,
    shape: "elementwise",
    ru: { name: "ПРИРОСТ_ПРОЦ", description: "Относительное изменение: (факт − база) / |база|.", help: "База, равная 0, — #ДЕЛ/0!. Для диапазонов — поэлементно." },
    params: [
      p("fact", "факт", "фактическое значение", { range: true }),
      p("base", "база", "базовое значение", { range: true }),
    ],
    examples: [{ formula: "=ОБР.ПРИРОСТ_ПРОЦ(30; 25)", result: "0,2" }],
  },
  {
    id: "GAP",
    family: "targets",
    impl: gap,
    spills: false,
    shape: "elementwise",
    ru: { name: "ОСТАТОК_ДО_ЦЕЛИ", description: "Сколько осталось до планового значения (положительно, пока цель не достигнута).", help: 'план − факт для "рост", факт − план для "снижение".' },
    params: [
      p("fact", "факт", "фактическое значение", { range: true }),
      p("plan", "план", "плановое значение", { range: true }),
      p("direction", "направление", DIRECTION_HELP + '; по умолчанию "рост"', { optional: true, range: true }),
    ],
    examples: [{ formula: "=ОБР.ОСТАТОК_ДО_ЦЕЛИ(80; 100)", result: "20" }],
  },
  {
    id: "ACHIEVEMENT",
    family: "targets",
    impl: achievement,
    spills: false,
    shape: "elementwise",
    ru: {
      name: "СТЕПЕНЬ_ДОСТИЖЕНИЯ",
      description: "Степень достижения планового значения: факт/план (рост) или план/факт (снижение), с ограничением сверху.",
      help:
        "Методические указания Минэкономразвития № 582 от 16.09.2016. При нулевом значении в отношении степень не определена: " +
        "если факт равен плану — 1; если задан предел и факт на хорошей стороне плана — предел; иначе #ДЕЛ/0! (используйте ОБР.ПРОГРЕСС).",
    },
    params: [
      p("fact", "факт", "фактическое значение", { range: true }),
      p("plan", "план", "плановое значение", { range: true }),
      p("direction", "направление", DIRECTION_HELP + '; по умолчанию "рост"', { optional: true, range: true }),
      p("cap", "предел", "верхняя граница результата, например 1 или 1,3; по умолчанию без ограничения", { optional: true, range: true }),
    ],
    examples: [
      { formula: "=ОБР.СТЕПЕНЬ_ДОСТИЖЕНИЯ(80; 100)", result: "0,8" },
      { formula: '=ОБР.СТЕПЕНЬ_ДОСТИЖЕНИЯ(18; 16; "снижение")', result: "0,8889" },
      { formula: "=ОБР.СТЕПЕНЬ_ДОСТИЖЕНИЯ(9,5; 9; ; 1)", result: "1" },
    ],
  },
  {
    id: "PROGRESS",
    family: "targets",
    impl: progress,
    spills: false,
    shape: "elementwise",
    ru: {
      name: "ПРОГРЕСС",
      description: "Доля запланированного изменения, достигнутая фактически: (факт − база) / (план − база).",
      help: "Направление следует из знака (план − база), поэтому работает для снижающихся целей, в том числе до нуля.",
    },
    params: [
      p("fact", "факт", "фактическое значение", { range: true }),
      p("base", "база", "базовое значение", { range: true }),
      p("plan", "план", "плановое значение", { range: true }),
      p("cap", "предел", "верхняя граница результата; по умолчанию без ограничения", { optional: true, range: true }),
    ],
    examples: [
      { formula: "=ОБР.ПРОГРЕСС(80; 25; 100)", result: "0,7333" },
      { formula: "=ОБР.ПРОГРЕСС(5; 15; 0)", result: "0,6667", note: "Ярцево, показатель 4.1: доля школ со стабильно низкими результатами" },
    ],
  },
  {
    id: "TARGET_STATUS",
    family: "targets",
    impl: targetStatus,
    spills: false,
    shape: "elementwise",
    ru: { name: "СТАТУС_ЦЕЛИ", description: "«достигнут», «перевыполнен», «не достигнут» или «нет данных».", help: "Допуск — абсолютный, в единицах показателя, по умолчанию 0." },
    params: [
      p("fact", "факт", "фактическое значение", { range: true }),
      p("plan", "план", "плановое значение", { range: true }),
      p("direction", "направление", DIRECTION_HELP + '; по умолчанию "рост"', { optional: true, range: true }),
      p("tolerance", "допуск", "допустимое отклонение, по умолчанию 0", { optional: true, range: true }),
    ],
    examples: [{ formula: "=ОБР.СТАТУС_ЦЕЛИ(100; 100)", result: "достигнут" }],
  },
  {
    id: "PROGRAM_DEGREE",
    family: "targets",
    impl: programDegree,
    spills: false,
    shape: "single",
    ru: { name: "СТЕПЕНЬ_РЕАЛИЗАЦИИ", description: "Степень реализации программы: среднее степеней достижения, каждая не больше предела.", help: "Предел по умолчанию 1 (методика Орловской области); некоторые программы используют 1,3." },
    params: [
      p("degrees", "степени", "диапазон степеней достижения показателей", { range: true }),
      p("cap", "предел", "верхняя граница каждой степени, по умолчанию 1", { optional: true }),
    ],
    examples: [{ formula: "=ОБР.СТЕПЕНЬ_РЕАЛИЗАЦИИ({0,968; 1,25; 0,75})", result: "0,906" }],
  },
  {
    id: "EFFECTIVENESS",
    family: "targets",
    impl: effectiveness,
    spills: false,
    shape: "elementwise",
    ru: { name: "ЭФФЕКТИВНОСТЬ", description: "Оценка эффективности: «высокая» (≥ 0,90), «средняя» (≥ 0,80), «удовлетворительная» (≥ 0,70), иначе «неудовлетворительная».", help: "Границы можно заменить своими: три убывающих числа." },
    params: [
      p("value", "значение", "степень реализации или эффективность (число или диапазон)", { range: true }),
      p("thresholds", "границы", "три убывающие границы вместо 0,90; 0,80; 0,70", { optional: true, range: true }),
    ],
    examples: [{ formula: "=ОБР.ЭФФЕКТИВНОСТЬ(0,858)", result: "средняя" }],
  },
  {
    id: "PLAN_VALUE",
    family: "targets",
    impl: planValue,
    spills: false,
    shape: "elementwise",
    ru: { name: "ПЛАН_НА_ГОД", description: "Плановое значение на промежуточный год по прямой от базового значения до целевого.", help: "Год вне интервала от базового до целевого — #ЧИСЛО!." },
    params: [
      p("base_year", "базовый_год", "год базового значения", { range: true }),
      p("base", "база", "базовое значение", { range: true }),
      p("target_year", "целевой_год", "год целевого значения", { range: true }),
      p("target", "цель", "целевое значение", { range: true }),
      p("year", "год", "год, для которого нужен план", { range: true }),
    ],
    examples: [{ formula: "=ОБР.ПЛАН_НА_ГОД(2018; 25; 2021; 100; 2020)", result: "75" }],
  },
];

const BY_ID = new Map(CATALOG.map((f) => [f.id, f]));

/** The catalogue entry of a function id; throws on an unknown id (a programming error). */
export function functionSpec(id: string): FunctionSpec {
  const f = BY_ID.get(id);
  if (!f) throw new Error(`unknown function id ${id}`);
  return f;
}
