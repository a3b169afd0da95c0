/**
 * The outcome line of a tab: progress while a server function runs, then what was done or what went wrong.
 * Read out by screen readers (a polite live region; an error as an alert).
 */
import { el, replace, type Child } from "./dom";

export class Status {
  readonly root: HTMLElement;

  constructor(id: string) {
    this.root = el("div", { class: "status", id, role: "status", "aria-live": "polite" });
  }

  busy(text: string): void {
    replace(this.root, el("p", { class: "busy" }, text));
  }

  /** What was done: green when all is well, neutral when there is something to look at below. */
  done(text: string, ...more: Child[]): void {
    this.report("good", text, ...more);
  }

  report(tone: "good" | "info", text: string, ...more: Child[]): void {
    replace(this.root, el("div", { class: `notice ${tone}` }, el("p", {}, text), ...more));
  }

  fail(text: string): void {
    replace(this.root, el("div", { class: "notice bad", role: "alert" }, text));
  }

  clear(): void {
    replace(this.root);
  }
}

/**
 * Runs a server call with the button disabled and the panel marked busy; the status says what happens.
 * @returns the call's result, or `undefined` after showing its failure
 */
export async function busyWhile<T>(button: HTMLButtonElement, panel: HTMLElement, status: Status, text: string, work: () => Promise<T>, failure: (e: unknown) => string): Promise<T | undefined> {
  button.disabled = true;
  panel.setAttribute("aria-busy", "true");
  status.busy(text);
  try {
    return await work();
  } catch (e) {
    status.fail(failure(e));
    return undefined;
  } finally {
    button.disabled = false;
    panel.removeAttribute("aria-busy");
  }
}
