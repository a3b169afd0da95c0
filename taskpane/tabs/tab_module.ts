/**
 * The seam between the pane's shell and its tabs. A tab is a module with `mount(panel, services)`; the shell
 * loads a tab's module the first time the tab is opened (a separate chunk), so the pane starts with only the
 * shell and the first tab.
 */

/** What the shell gives every tab. */
export interface PaneServices {
  /** runs a batch against the open workbook (Excel.run); the only way a tab touches Excel */
  excel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** whether the host has an ExcelApi requirement set */
  supports(version: string): boolean;
  /** tells the other tabs that the workbook changed (sheets added) */
  notifyWorkbookChanged(): void;
  /** subscribes to workbook changes made by the pane */
  onWorkbookChanged(listener: () => void): void;
}

export interface TabModule {
  /** builds the tab's content into its panel, once */
  mount(panel: HTMLElement, services: PaneServices): void | Promise<void>;
}

export type TabId = "create" | "check" | "consolidate" | "calculate";

export interface TabDefinition {
  id: TabId;
  /** name of the tab (its tooltip and heading) */
  title: string;
  /** the tab's visible label when shorter than the title (the four tabs fit one row of a 320 px pane) */
  label?: string;
  /** loads the tab's module */
  load(): Promise<TabModule>;
}
