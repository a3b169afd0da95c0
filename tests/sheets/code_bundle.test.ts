/**
 * What ships to Google Sheets: dist/sheets/Code.js and appsscript.json. The script must load with nothing but
 * the language's globals, declare exactly one top-level `EDU_<id>` per catalogue entry, and carry in front of
 * each the `@customfunction` JSDoc Sheets builds its help from — with the catalogue's Russian text and the
 * parameters of functions.md in their order. `npm test` builds dist/ before running Jest.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import ts from "typescript";
import { CATALOG } from "../../src/core";
import { toSheetsText } from "../../sheets/to_sheets_text";
import { loadSheetsBundle, SHEETS_DIST, type SheetsBundle } from "./sheets_runtime";

let bundle: SheetsBundle;
beforeAll(() => {
  bundle = loadSheetsBundle();
});

const NAMES = CATALOG.map((f) => `EDU_${f.id}`);
/** The add-on's server functions: triggers, menu items and what the sidebar calls through google.script.run. */
const SERVER = [
  "onOpen",
  "onInstall",
  "showSidebar",
  "menuCreate",
  "menuValidate",
  "menuConsolidate",
  "menuIndex",
  "sidebarState",
  "existingForms",
  "scaffoldForms",
  "validateActiveSheet",
  "selectCell",
  "consolidationCandidates",
  "consolidateSheets",
  "indexFormulaOptions",
  "insertIndexFormulas",
];

interface ParsedDoc {
  name: string;
  declaredParams: string[];
  description: string;
  params: { type: string; name: string; text: string }[];
  returns?: string;
  tags: string[];
}

/** Globals of Node, browsers and module systems; Apps Script has none of them (its V8 has `globalThis`, unused here). */
const FOREIGN_GLOBALS = ["require", "process", "window", "document", "self", "globalThis", "global", "module", "exports", "importScripts", "Buffer", "setTimeout", "setInterval", "eval", "XMLHttpRequest", "fetch"];

/**
 * Names a script uses but never declares (its free references, approximately: a name declared anywhere counts as
 * declared everywhere), import/export statements, and ES2020 syntax.
 */
function scan(source: string): { references: Set<string>; modules: number; es2020: string[] } {
  const file = ts.createSourceFile("Code.js", source, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const used = new Set<string>();
  const declared = new Set<string>();
  const es2020: string[] = [];
  let modules = 0;
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      const p = n.parent;
      const isName = (ts.isPropertyAccessExpression(p) || ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p)) && p.name === n;
      const declares =
        (ts.isParameter(p) || ts.isVariableDeclaration(p) || ts.isFunctionDeclaration(p) || ts.isClassDeclaration(p) || ts.isBindingElement(p)) &&
        p.name === n;
      if (declares) declared.add(n.text);
      else if (!isName) used.add(n.text);
    }
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isExportAssignment(n)) modules++;
    if (n.kind === ts.SyntaxKind.QuestionDotToken || n.kind === ts.SyntaxKind.QuestionQuestionToken || n.kind === ts.SyntaxKind.QuestionQuestionEqualsToken) {
      es2020.push(source.slice(n.parent.getStart(file), n.parent.getEnd()).slice(0, 80));
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return { references: new Set([...used].filter((name) => !declared.has(name))), modules, es2020 };
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** Every `/** … *\/ function NAME(…)` of the script's top level, the comment split into description and tags. */
function parseTopLevel(source: string): ParsedDoc[] {
  const top = source.slice(0, source.indexOf("\nvar EduSheets;"));
  const out: ParsedDoc[] = [];
  for (const m of top.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\n(function ([A-Za-z_$][\w$]*)\(([^)]*)\))/g)) {
    const lines = m[1].split("\n").map((l) => l.replace(/^\s*\* ?/, ""));
    const blocks: string[] = [];
    let description = "";
    for (const line of lines) {
      if (line.startsWith("@")) blocks.push(line);
      else if (blocks.length > 0) blocks[blocks.length - 1] += ` ${line}`;
      else description += ` ${line}`;
    }
    const params = blocks
      .filter((b) => b.startsWith("@param "))
      .map((b) => {
        const p = /^@param (\{[^}]*\}) ([\w$]+) ([\s\S]*)$/.exec(squash(b));
        if (!p) throw new Error(`${m[3]}: unreadable ${b}`);
        return { type: p[1], name: p[2], text: p[3] };
      });
    const ret = blocks.find((b) => b.startsWith("@return "));
    out.push({
      name: m[3],
      declaredParams: m[4].split(",").map((s) => s.trim()).filter(Boolean),
      description: squash(description),
      params,
      returns: ret && squash(ret.replace(/^@return \{[^}]*\}/, "")),
      tags: blocks.map((b) => b.split(" ")[0]),
    });
  }
  return out;
}

describe("dist/sheets/appsscript.json", () => {
  let manifest: { runtimeVersion: string; timeZone: string; oauthScopes: string[]; addOns?: unknown };
  beforeAll(() => {
    manifest = JSON.parse(readFileSync(join(SHEETS_DIST, "appsscript.json"), "utf8"));
  });

  it("runs on V8 in Moscow time, the zone dates are read in", () => {
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.timeZone).toBe("Europe/Moscow");
  });

  it("asks only for the current spreadsheet and the container's UI (menu, sidebar)", () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
    ]);
  });

  it("is an Editor add-on manifest: no `addOns` section, which would make it a card-based Workspace add-on", () => {
    // Google: "The Apps Script manifest structure doesn't include any properties that are specific to Editor
    // add-ons" (Manifests for Editor add-ons); `addOns` configures Google Workspace add-ons only.
    expect(manifest.addOns).toBeUndefined();
  });
});

describe("dist/sheets/Code.js", () => {
  it("declares one top-level function per catalogue entry, in catalogue order, then the server functions, and nothing else global", () => {
    expect(bundle.functionNames).toEqual([...NAMES, ...SERVER]);
    expect(Object.keys(bundle.context).sort()).toEqual([...NAMES, ...SERVER, "EduSheets"].sort());
  });

  it("is plain script: no Node, browser or module globals", () => {
    // The bundle already ran in an empty context; this catches code paths the tests do not reach.
    const { references, modules } = scan(bundle.source);
    expect([...references].filter((name) => FOREIGN_GLOBALS.includes(name))).toEqual([]);
    expect(modules).toBe(0);
  });

  it("contains no spreadsheet-file library and stays small enough to paste into the script editor", () => {
    expect(bundle.source).not.toMatch(/exceljs|jszip|JSZip/);
    // The forms, presets, validator and consolidation make most of it; kept readable (not mangled) on purpose.
    expect(Buffer.byteLength(bundle.source)).toBeLessThan(1024 * 1024);
  });

  it("uses no syntax newer than ES2019 (optional chaining, nullish coalescing)", () => {
    expect(scan(bundle.source).es2020).toEqual([]);
  });
});

describe("the JSDoc Google Sheets reads", () => {
  let docs: ParsedDoc[];
  beforeAll(() => {
    docs = parseTopLevel(bundle.source).filter((d) => d.name.startsWith("EDU_"));
  });

  it("documents every top-level EDU_ function, and every one is a @customfunction", () => {
    const declared = [...bundle.source.matchAll(/^function (EDU_\w+)\(/gm)].map((m) => m[1]);
    expect(declared).toEqual(NAMES);
    expect(docs.map((d) => d.name)).toEqual(NAMES);
    for (const d of docs) {
      expect({ name: d.name, custom: d.tags.filter((t) => t === "@customfunction").length }).toEqual({ name: d.name, custom: 1 });
      expect(d.tags.filter((t) => t === "@return")).toHaveLength(1);
    }
  });

  it.each(CATALOG.map((f) => [f.id, f] as const))("EDU_%s: description, parameters and order as in the catalogue", (id, spec) => {
    const d = docs.find((x) => x.name === `EDU_${id}`)!;
    expect(d.description).toBe(
      squash(`${toSheetsText(spec.ru.description)} ${toSheetsText(spec.ru.help)} В Excel: ОБР.${spec.ru.name} (EDU.${id}).`),
    );
    expect(d.declaredParams).toEqual(spec.params.map((p) => p.name));
    expect(d.params.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
    d.params.forEach((p, i) => {
      const ps = spec.params[i];
      expect(p.text).toBe(squash(`${ps.ru.name}${ps.optional ? " (необязательный)" : ""}: ${toSheetsText(ps.ru.description)}`));
      expect(p.type).toBe(ps.range ? "{Array<Array<*>>|*}" : "{*}");
    });
    expect(d.returns).toMatch(/[а-яё]/);
    if (spec.shape !== "single") expect(d.returns).toContain("текстом кода (#N/A");
  });

  it("names functions and errors the way a Sheets user writes and sees them", () => {
    for (const d of docs) {
      const text = [d.description.replace(/В Excel: ОБР\.\S+ \(EDU\.\w+\)\.$/, ""), ...d.params.map((p) => p.text), d.returns].join(" ");
      expect({ name: d.name, text }).not.toEqual({ name: d.name, text: expect.stringMatching(/ОБР\.|#Н\/Д|#ДЕЛ\/0!|#ЗНАЧ!|#ЧИСЛО!/) });
    }
    // The catalogue does use the Excel spellings; they were rewritten, not absent.
    const swi = docs.find((d) => d.name === "EDU_SWI")!;
    expect(swi.params[4].text).toContain("иначе #N/A");
    expect(docs.find((d) => d.name === "EDU_ACHIEVEMENT")!.description).toContain("(используйте EDU_PROGRESS)");
  });

  const excelMetadata = join(SHEETS_DIST, "..", "functions.json");
  (existsSync(excelMetadata) ? it : it.skip)("has the parameter names and order of the Excel bundle's functions.json", () => {
    const excel = JSON.parse(readFileSync(excelMetadata, "utf8")) as { functions: { id: string; parameters: { name: string }[] }[] };
    expect(docs.map((d) => d.name)).toEqual(excel.functions.map((f) => `EDU_${f.id}`));
    for (const f of excel.functions) {
      expect(docs.find((d) => d.name === `EDU_${f.id}`)!.params.map((p) => p.name)).toEqual(f.parameters.map((p) => p.name));
    }
  });

  it("describes each server function in Russian and keeps it out of the formula autocomplete", () => {
    const server = parseTopLevel(bundle.source).filter((d) => !d.name.startsWith("EDU_"));
    expect(server.map((d) => d.name)).toEqual(SERVER);
    for (const d of server) {
      expect(d.tags).not.toContain("@customfunction");
      expect(d.description).toMatch(/[а-яё]/);
      expect(bundle.source).toContain(`function ${d.name}() {\n  return EduSheets.server.${d.name}.apply(null, arguments);\n}`);
    }
  });

  it("makes each top-level function hand all its arguments to the library", () => {
    for (const name of NAMES) {
      expect(bundle.source).toContain(`function ${name}(`);
      const body = new RegExp(`function ${name}\\([^)]*\\) \\{\\n  return EduSheets\\.functions\\.${name}\\.apply\\(null, arguments\\);\\n\\}`);
      expect(bundle.source).toMatch(body);
    }
  });
});

describe("dist/sheets/Sidebar.html", () => {
  let html: string;
  beforeAll(() => {
    html = readFileSync(join(SHEETS_DIST, "Sidebar.html"), "utf8");
  });

  it("is one self-contained page: style and script inline, nothing loaded from anywhere", () => {
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toMatch(/<html lang="?ru"?>/);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]+src=|<link\b|<img\b|<iframe\b|@import|url\(|https?:\/\//i);
    expect(html).toContain("google.script.run");
    expect(Buffer.byteLength(html)).toBeLessThan(100 * 1024);
  });

  it("has no text that could close its script early", () => {
    const script = html.slice(html.indexOf("<script>") + "<script>".length, html.lastIndexOf("</script>"));
    expect(script).not.toMatch(/<\/script|<!--/i);
  });

  it("is built from sources that put text into the page only as text", () => {
    const dir = join(__dirname, "..", "..", "sheets", "sidebar");
    for (const f of ["sidebar.ts", "dom.ts", "server.ts", "status.ts", "findings_list.ts", "create_tab.ts", "check_tab.ts", "consolidate_tab.ts", "index_tab.ts"]) {
      const source = readFileSync(join(dir, f), "utf8");
      expect({ f, html: /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/.test(source) }).toEqual({ f, html: false });
    }
  });
});
