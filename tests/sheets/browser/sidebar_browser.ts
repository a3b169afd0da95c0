/**
 * The built Sidebar.html in headless Chromium (Debian's `chromium` driven by playwright-core, a fresh profile,
 * 300 px wide as a Sheets sidebar), with a `google.script.run` stand-in that hands every call to the server
 * functions of the built Code.js running on the SpreadsheetApp double (tests/sheets/addon_harness.ts). Calls are
 * asynchronous, as in Sheets, optionally slowed down to see the busy state. Every request the page makes is
 * recorded and refused: the sidebar must not need the network.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { SIDEBAR_HTML, type Addon } from "../addon_harness";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The sidebar is served from this made-up address, answered by the test itself. */
const PAGE_URL = "https://sidebar.invalid/Sidebar.html";

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface SidebarSession {
  page: Page;
  /** every URL the page requested */
  requests: string[];
  /** page errors, console errors and dialogs */
  errors: string[];
  /** server functions called, in order */
  calls: string[];
}

const profiles = new WeakMap<BrowserContext, string>();

/** A browser with a fresh profile and a 300-pixel-wide viewport. */
export async function launch(): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), "sheets-sidebar-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 300, height: 900 },
    locale: "ru-RU",
    deviceScaleFactor: 1,
  });
  profiles.set(context, profile);
  return context;
}

/** Closes the browser and removes its profile. */
export async function close(context: BrowserContext): Promise<void> {
  await context.close();
  const profile = profiles.get(context);
  if (profile) rmSync(profile, { recursive: true, force: true });
}

/** The stand-in, run in the page before its own script: `google.script.run.withSuccessHandler(f).withFailureHandler(g).name(...args)`. */
function standIn(latency: number): void {
  type Handler = ((v: unknown) => void) | undefined;
  const runner = (success: Handler, failure: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_t, prop: string) {
          if (prop === "withSuccessHandler") return (f: Handler) => runner(f, failure);
          if (prop === "withFailureHandler") return (f: Handler) => runner(success, f);
          if (prop === "withUserObject") return () => runner(success, failure);
          if (prop === "then") return undefined;
          return (...args: unknown[]) => {
            const bridge = (window as unknown as { __eduServer: (name: string, args: string) => Promise<string> }).__eduServer;
            void new Promise((r) => setTimeout(r, latency))
              .then(() => bridge(prop, JSON.stringify(args)))
              .then((text) => {
                const answer = JSON.parse(text) as { ok: boolean; value?: unknown; message?: string };
                if (answer.ok) success?.(answer.value);
                else failure?.(new Error(answer.message));
              });
          };
        },
      },
    );
  (window as unknown as { google: unknown }).google = { script: { run: runner(undefined, undefined) } };
}

/**
 * Opens the sidebar as HtmlService would serve it, optionally on a tab as the menu asks for one.
 * @param context the browser
 * @param addon the built add-on on its double
 * @param options `tab`: the menu's start tab; `latency`: milliseconds per server call
 */
export async function openSidebar(context: BrowserContext, addon: Addon, options: { tab?: string; latency?: number } = {}): Promise<SidebarSession> {
  const page = await context.newPage();
  const session: SidebarSession = { page, requests: [], errors: [], calls: [] };
  page.on("request", (r) => session.requests.push(r.url()));
  page.on("pageerror", (e) => session.errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") session.errors.push(`console: ${m.text()}`);
  });
  page.on("dialog", (d) => {
    session.errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  let html = readFileSync(SIDEBAR_HTML, "utf8");
  // What HtmlOutput.append does for a menu item (sheets/server/menu.ts).
  if (options.tab) html += `<div id="edu-start" data-tab="${options.tab}" hidden></div>`;
  await page.route("**/*", (route) => {
    if (route.request().url() === PAGE_URL) void route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
    else void route.abort();
  });
  await page.exposeFunction("__eduServer", (name: string, args: string) => {
    session.calls.push(name);
    return JSON.stringify(addon.answer(name, ...(JSON.parse(args) as unknown[])));
  });
  await page.addInitScript(standIn, options.latency ?? 0);
  await page.goto(PAGE_URL);
  return session;
}
