/**
 * Shared setup of the task-pane tests: a test host installed as the global `Office`/`Excel` for the duration
 * of a test, and `Excel.run` typed as the pane sees it.
 */
import { createHost, type Host, type HostOptions } from "./host";
import { FORMS } from "../../src/forms/specs";
import { defaultPreset } from "../../src/forms/presets";
import { buildSheetPlan, type SheetPlan, type SheetPlanOptions } from "../../src/plan";

/** A fresh host installed on globalThis; call `done()` (or use withHost) to remove it. */
export function installHost(options: HostOptions = {}): Host & { done(): void } {
  const host = createHost(options);
  host.install(globalThis);
  return Object.assign(host, { done: () => host.uninstall(globalThis) });
}

/** `Excel.run` of a host, with the context typed as Office.js. */
export function run<T>(host: Host, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return host.Excel.run((ctx: unknown) => batch(ctx as Excel.RequestContext)) as Promise<T>;
}

/** The plan of every form as the pane builds it by default (default preset rows where the form has them). */
export function defaultPlans(options: SheetPlanOptions = {}): SheetPlan[] {
  return FORMS.map((spec) => {
    const preset = spec.defaultPreset ? defaultPreset(spec.id) : undefined;
    return buildSheetPlan(spec, { years: [2024, 2025, 2026], ...(preset ? { preset } : {}), ...options });
  });
}
