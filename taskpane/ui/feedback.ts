/**
 * The progress and result area of a tab: a progress bar with a line of text while work goes on, then a
 * message bar with the result or with the error and what to do. Announced to screen readers (aria-live).
 */
import type { Explained } from "../office/explain_error";
import { h, replace } from "./dom";

export class Feedback {
  readonly root: HTMLElement;
  private readonly progressBox: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly line: HTMLElement;
  private readonly result: HTMLElement;

  constructor(id: string) {
    this.bar = h("fluent-progress-bar", { "aria-label": "Ход работы", max: 1, value: 0 });
    this.line = h("p", { class: "progress-line" });
    this.progressBox = h("div", { class: "progress", hidden: true }, this.bar, this.line);
    this.result = h("div", { class: "result", "aria-live": "polite" });
    this.root = h("div", { class: "feedback", id, "aria-live": "polite" }, this.progressBox, this.result);
  }

  /** Work in progress: `done` of `total` steps, with a line of text. */
  progress(done: number, total: number, text: string): void {
    this.result.replaceChildren();
    this.progressBox.hidden = false;
    this.bar.setAttribute("max", String(Math.max(total, 1)));
    this.bar.setAttribute("value", String(done));
    this.line.textContent = text;
  }

  /** Work whose length is unknown. */
  busy(text: string): void {
    this.result.replaceChildren();
    this.progressBox.hidden = false;
    this.bar.removeAttribute("value");
    this.line.textContent = text;
  }

  /** A result: a title and lines of detail (text only). */
  success(title: string, lines: readonly string[] = [], notes: readonly string[] = []): void {
    this.show("success", title, lines, notes);
  }

  /** A warning that does not stop the work. */
  warning(title: string, lines: readonly string[] = []): void {
    this.show("warning", title, lines, []);
  }

  /** An error with what to do. */
  error(e: Explained): void {
    this.show("error", e.title, e.action ? [e.action] : [], e.code ? [`Код ошибки Excel: ${e.code}`] : []);
  }

  clear(): void {
    this.progressBox.hidden = true;
    this.result.replaceChildren();
  }

  private show(intent: "success" | "warning" | "error", title: string, lines: readonly string[], notes: readonly string[]): void {
    this.progressBox.hidden = true;
    const list = lines.length ? h("ul", { class: "result-lines" }, ...lines.map((l) => h("li", {}, l))) : null;
    const small = notes.map((n) => h("p", { class: "result-note" }, n));
    const bar = h(
      "fluent-message-bar",
      { intent, layout: "multiline", role: intent === "error" ? "alert" : "status" },
      h("div", { class: "result-body" }, h("strong", { class: "result-title" }, title), list, ...small),
    );
    replace(this.result, bar);
  }
}
