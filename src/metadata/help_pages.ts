/**
 * The functions' help, rendered from the catalogue so it cannot drift from what ships:
 * docs/functions.md in the repository and help.html next to the add-in (the target of each `@helpurl`).
 */
import type { FunctionSpec } from "../core/catalog_types";

const FAMILY_TITLES: Record<FunctionSpec["family"], string> = {
  swi: "1. Индекс социального благополучия (ИСБ)",
  thresholds: "2. Пороги",
  targets: "3. Целевые показатели",
};

/** How the function is written in each host, with optional parameters in brackets. */
export function signatures(f: FunctionSpec): { excelRu: string; excelEn: string; sheets: string } {
  const list = (names: string[], sep: string) =>
    names.map((n, i) => (f.params[i].optional ? `[${n}]` : n)).join(sep);
  return {
    excelRu: `=ОБР.${f.ru.name}(${list(f.params.map((p) => p.ru.name), "; ")})`,
    excelEn: `=EDU.${f.id}(${list(f.params.map((p) => p.name), ", ")})`,
    sheets: `=EDU_${f.id}(${list(f.params.map((p) => p.name), ", ")})`,
  };
}

const anchor = (f: FunctionSpec) => f.id.toLowerCase();
const mdCell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** docs/functions.md */
export function renderFunctionsMarkdown(catalog: readonly FunctionSpec[]): string {
  const out: string[] = [
    "# Функции надстройки",
    "",
    "<!-- Этот файл создаётся из каталога функций (src/core/catalog.ts); правьте каталог, а не файл. -->",
    "",
    "В Excel с русским интерфейсом функции пишутся как `ОБР.<ИМЯ>`, с английским — `EDU.<ID>`, в Google Таблицах — `EDU_<ID>`.",
    "Пустая ячейка — это пропуск, а не ноль; числа, записанные текстом по-русски (`12,5`, `1 234`), читаются как числа.",
    "Ошибки: `#ЗНАЧ!` — неверный аргумент, `#Н/Д` — недостаточно данных, `#ДЕЛ/0!` — деление на ноль, `#ЧИСЛО!` — число вне допустимых значений.",
    "",
  ];
  for (const family of Object.keys(FAMILY_TITLES) as FunctionSpec["family"][]) {
    out.push(`## ${FAMILY_TITLES[family]}`, "");
    for (const f of catalog.filter((x) => x.family === family)) {
      const sig = signatures(f);
      out.push(`<a id="${anchor(f)}"></a>`, `### ОБР.${f.ru.name} (EDU.${f.id})`, "", f.ru.description, "", f.ru.help, "");
      out.push("```", sig.excelRu, sig.excelEn, sig.sheets, "```", "");
      if (f.spills) out.push("Результат «разливается» столбцом по числу строк входных данных.", "");
      out.push("| параметр | описание |", "|---|---|");
      for (const p of f.params) out.push(`| ${p.ru.name}${p.optional ? " (необязательный)" : ""} | ${mdCell(p.ru.description)} |`);
      out.push("", "Примеры:", "");
      for (const e of f.examples) out.push(`- \`${e.formula}\` → ${e.result}${e.note ? ` (${e.note})` : ""}`);
      out.push("");
    }
  }
  return out.join("\n");
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** help.html, served with the add-in */
export function renderHelpHtml(catalog: readonly FunctionSpec[]): string {
  const sections = (Object.keys(FAMILY_TITLES) as FunctionSpec["family"][])
    .map((family) => {
      const items = catalog
        .filter((f) => f.family === family)
        .map((f) => {
          const sig = signatures(f);
          const params = f.params
            .map((p) => `<tr><td>${esc(p.ru.name)}${p.optional ? " <em>(необязательный)</em>" : ""}</td><td>${esc(p.ru.description)}</td></tr>`)
            .join("");
          const examples = f.examples
            .map((e) => `<li><code>${esc(e.formula)}</code> → ${esc(e.result)}${e.note ? ` <span class="note">(${esc(e.note)})</span>` : ""}</li>`)
            .join("");
          return `<section id="${anchor(f)}"><h3>ОБР.${esc(f.ru.name)} <small>EDU.${esc(f.id)}</small></h3>
<p>${esc(f.ru.description)}</p><p>${esc(f.ru.help)}</p>
<pre>${esc(sig.excelRu)}\n${esc(sig.excelEn)}\n${esc(sig.sheets)}</pre>
<table><thead><tr><th>параметр</th><th>описание</th></tr></thead><tbody>${params}</tbody></table>
<p>Примеры:</p><ul>${examples}</ul></section>`;
        })
        .join("\n");
      return `<h2>${esc(FAMILY_TITLES[family])}</h2>\n${items}`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>Функции надстройки «Дорожная карта»</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:"Segoe UI",system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#242424;line-height:1.45}
h3 small{color:#616161;font-weight:normal;margin-left:.5rem}pre{background:#f5f5f5;padding:.5rem;overflow-x:auto}
table{border-collapse:collapse}td,th{border:1px solid #d1d1d1;padding:.25rem .5rem;text-align:left;vertical-align:top}
section{border-top:1px solid #e0e0e0;padding-top:.5rem}.note{color:#616161}
</style></head><body>
<h1>Функции надстройки «Дорожная карта»</h1>
<p>В Excel с русским интерфейсом функции пишутся как <code>ОБР.&lt;ИМЯ&gt;</code>, с английским — <code>EDU.&lt;ID&gt;</code>, в Google Таблицах — <code>EDU_&lt;ID&gt;</code>.
Пустая ячейка — это пропуск, а не ноль; числа, записанные текстом по-русски (<code>12,5</code>, <code>1 234</code>), читаются как числа.</p>
${sections}
</body></html>
`;
}
