/**
 * Headless Chromium (Debian's `chromium`, driven by playwright-core) with the pane served on 127.0.0.1 and
 * the Office.js address answered by the test host. Every request the page makes is recorded; anything but
 * the local server and the Office.js address is refused.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** The address taskpane.html loads Office.js from. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A browser with a fresh profile; the pane's width is the narrowest task pane (320 px). */
export async function launch(): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), "pane-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 320, height: 860 },
    locale: "ru-RU",
    deviceScaleFactor: 1,
  });
  profiles.set(context, profile);
  return context;
}

const profiles = new WeakMap<BrowserContext, string>();

/** Closes the browser and removes its profile. */
export async function close(context: BrowserContext): Promise<void> {
  await context.close();
  const profile = profiles.get(context);
  if (profile) rmSync(profile, { recursive: true, force: true });
}

export interface PaneSession {
  page: Page;
  /** every URL the page requested, in order */
  requests: string[];
  /** requests that were refused (neither the local server nor Office.js) */
  refused: string[];
  /** texts of dialogs (alert, confirm…) that opened */
  dialogs: string[];
  /** page errors and console errors */
  errors: string[];
}

export interface OpenOptions {
  /** query of taskpane.html for the test host: `?latency=300`, `?api=1.3`, `?protected` */
  query?: string;
  /** sheets the workbook has before the pane opens */
  sheets?: { name: string; rows: (string | number | boolean | null)[][] }[];
  /** the active sheet (default the first) */
  active?: string;
}

/** Opens taskpane.html and waits until the pane has started. */
export async function openPane(context: BrowserContext, base: string, hostScript: string, options: OpenOptions = {}): Promise<PaneSession> {
  const page = await context.newPage();
  const session: PaneSession = { page, requests: [], refused: [], dialogs: [], errors: [] };
  page.on("request", (r) => session.requests.push(r.url()));
  page.on("dialog", (d) => {
    session.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => session.errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") session.errors.push(m.text());
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ path: hostScript, contentType: "text/javascript; charset=utf-8" });
    if (url.startsWith(`${base}/`)) return route.continue();
    session.refused.push(url);
    return route.abort();
  });
  if (options.sheets) await page.addInitScript((setup) => Object.assign(window, { __hostSetup: setup }), { sheets: options.sheets, active: options.active });
  await page.goto(`${base}/taskpane.html${options.query ?? ""}`);
  await page.waitForSelector(".tabs, fluent-message-bar", { timeout: 20000 });
  return session;
}
