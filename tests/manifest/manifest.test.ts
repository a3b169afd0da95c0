/**
 * The manifest checked offline (`office-addin-manifest validate` needs the internet): structure of a
 * shared-runtime add-in with custom functions, every resource id defined once and used, every URL https,
 * string lengths within Office's limits, the Russian overrides, and every local file it names present.
 */
import { readFileSync, existsSync } from "fs";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";

const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: () => false });
const doc = parser.parse(xml);
const app = doc.OfficeApp;
const overrides = app.VersionOverrides;
const host = overrides.Hosts.Host;
const resources = overrides.Resources;

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** All resource ids by kind. */
const defined = {
  images: asArray(resources["bt:Images"]["bt:Image"]),
  urls: asArray(resources["bt:Urls"]["bt:Url"]),
  short: asArray(resources["bt:ShortStrings"]["bt:String"]),
  long: asArray(resources["bt:LongStrings"]["bt:String"]),
} as Record<string, any[]>;
const allDefined = Object.values(defined).flat();
const byId = new Map(allDefined.map((r) => [r["@id"], r]));

/** Every `resid="…"` in the file. */
const referenced = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);

describe("manifest.xml", () => {
  it("is a task-pane add-in for workbooks with a GUID id and a four-part version", () => {
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.Hosts.Host["@Name"]).toBe("Workbook");
  });

  it("requires the shared runtime and runs pane and functions in one long-lived runtime", () => {
    expect(app.Requirements.Sets.Set["@Name"]).toBe("SharedRuntime");
    expect(app.Requirements.Sets.Set["@MinVersion"]).toBe("1.1");
    const runtime = host.Runtimes.Runtime;
    expect(runtime["@lifetime"]).toBe("long");
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(cf["@xsi:type"]).toBe("CustomFunctions");
    const pageRes = cf.Page.SourceLocation["@resid"];
    expect(pageRes).toBe(runtime["@resid"]);
    expect(host.DesktopFormFactor.FunctionFile["@resid"]).toBe(runtime["@resid"]);
    const button = host.DesktopFormFactor.ExtensionPoint.CustomTab.Group.Control;
    expect(button.Action.SourceLocation["@resid"]).toBe(runtime["@resid"]);
  });

  it("defines every referenced resource exactly once and references every defined one", () => {
    const ids = allDefined.map((r) => r["@id"]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of referenced) expect(byId.has(id)).toBe(true);
    for (const id of ids) expect(referenced).toContain(id);
  });

  it("uses only https URLs", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith("https://")).toBe(true);
    for (const d of asArray(app.AppDomains.AppDomain)) expect(String(d)).toMatch(/^https:\/\//);
  });

  it("keeps strings within Office's limits (short ≤ 125, long ≤ 250 characters)", () => {
    for (const s of defined.short) {
      expect(s["@DefaultValue"].length).toBeLessThanOrEqual(125);
      for (const o of asArray(s["bt:Override"])) expect(o["@Value"].length).toBeLessThanOrEqual(125);
    }
    for (const s of defined.long) {
      expect(s["@DefaultValue"].length).toBeLessThanOrEqual(250);
      for (const o of asArray(s["bt:Override"])) expect(o["@Value"].length).toBeLessThanOrEqual(250);
    }
    expect(app.DisplayName["@DefaultValue"].length).toBeLessThanOrEqual(125);
    expect(app.Description["@DefaultValue"].length).toBeLessThanOrEqual(250);
  });

  it("has the EDU namespace with the ОБР override and Russian functions metadata for ru-RU", () => {
    const cf = host.AllFormFactors.ExtensionPoint;
    const ns = byId.get(cf.Namespace["@resid"]);
    expect(ns["@DefaultValue"]).toBe("EDU");
    expect(ns["bt:Override"]["@Locale"]).toBe("ru-RU");
    expect(ns["bt:Override"]["@Value"]).toBe("ОБР");
    const meta = byId.get(cf.Metadata.SourceLocation["@resid"]);
    expect(meta["@DefaultValue"]).toMatch(/\/functions\.json$/);
    expect(meta["bt:Override"]["@Locale"]).toBe("ru-RU");
    expect(meta["bt:Override"]["@Value"]).toMatch(/\/functions\.ru\.json$/);
    expect(byId.get(cf.Script.SourceLocation["@resid"])["@DefaultValue"]).toMatch(/\/functions\.js$/);
  });

  it("has Russian overrides for the display name, description and every visible string", () => {
    expect(app.DisplayName.Override["@Locale"]).toBe("ru-RU");
    expect(app.DisplayName.Override["@Value"]).toMatch(/[А-Яа-я]/);
    expect(app.Description.Override["@Value"]).toMatch(/[А-Яа-я]/);
    for (const s of [...defined.short, ...defined.long]) {
      const o = asArray(s["bt:Override"]).find((x: any) => x["@Locale"] === "ru-RU");
      expect(o).toBeDefined();
      expect(o["@Value"]).toMatch(/[А-Яа-я]/);
    }
  });

  it("names only files that exist: icons in assets/, pages and scripts produced by the build", () => {
    const local = [...xml.matchAll(/"https:\/\/localhost:3000\/([^"]*)"/g)].map((m) => m[1]).filter((p) => p !== "");
    const built = new Set(["functions.js", "functions.json", "functions.ru.json", "taskpane.html", "help.html"]);
    for (const p of local) {
      if (p.startsWith("assets/")) expect(existsSync(join(root, p))).toBe(true);
      else expect(built).toContain(p);
    }
  });
});
