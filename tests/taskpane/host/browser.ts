/**
 * The test host in a page, in place of office.js: the browser tests route the Office.js address to this
 * bundle. Options come from the page's query (`?api=1.8&latency=300&protected`) and from
 * `window.__hostSetup` (sheets to start with), set by the test before the page loads. The host is then
 * `window.__host`, for the test to inspect.
 */
import { createHost } from "./index";

interface Setup {
  sheets?: { name: string; rows: (string | number | boolean | null)[][] }[];
  /** the active sheet's name */
  active?: string;
}

const g = globalThis as unknown as { location: { search: string }; __hostSetup?: Setup; __host?: unknown };
const params = new URLSearchParams(g.location.search);
const host = createHost({
  apiVersion: params.get("api") ?? undefined,
  latencyMs: Number(params.get("latency") ?? 0),
  structureProtected: params.has("protected"),
});
for (const s of g.__hostSetup?.sheets ?? []) host.addSheet(s.name, s.rows);
if (g.__hostSetup?.active) host.state.activeSheet = g.__hostSetup.active;
host.install(globalThis);
g.__host = host;
