/**
 * A refusal of the pane that the person can act on: what is wrong and what to do, both in Russian. Shown as it is
 * by explainError (no technical code), e.g. «На листе нет таблицы контекстных данных» + «Откройте лист свода…».
 */
export class PaneError extends Error {
  constructor(
    message: string,
    /** what to do */
    readonly action: string,
    /** where the problem is, for the tab to move the focus there (a field of the tab) */
    readonly field?: string,
  ) {
    super(message);
    this.name = "PaneError";
  }
}
