/// <reference types="google-apps-script" />
/**
 * The add-on's menu (Расширения → Дорожная карта) and the sidebar. `onOpen` runs in any authorisation mode,
 * including before the add-on is enabled in a spreadsheet (AuthMode.NONE), so it only builds the menu and touches
 * no data. Direct items open the sidebar on their tab; «Проверить текущий лист» also starts the check.
 */
import { htmlService, spreadsheetApp } from "./apps_script";

/** The sidebar's title (the add-on's name). */
export const SIDEBAR_TITLE = "Дорожная карта";

/** Menu items: caption → top-level function. */
export const MENU_ITEMS: readonly ({ caption: string; fn: string } | "separator")[] = [
  { caption: "Открыть панель", fn: "showSidebar" },
  "separator",
  { caption: "Создать таблицы…", fn: "menuCreate" },
  { caption: "Проверить текущий лист", fn: "menuValidate" },
  { caption: "Свести листы одной формы…", fn: "menuConsolidate" },
  { caption: "Вставить формулы ИСБ…", fn: "menuIndex" },
];

export type SidebarTab = "create" | "check" | "consolidate" | "index";

/**
 * Simple trigger: adds the add-on menu. Builder calls only.
 * @param _e the open event (its auth mode does not matter: nothing but the menu is touched)
 */
export function onOpen(_e?: unknown): void {
  const menu = spreadsheetApp().getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === "separator") menu.addSeparator();
    else menu.addItem(item.caption, item.fn);
  }
  menu.addToUi();
}

/**
 * Runs when the add-on is installed: the menu at once, without reopening the spreadsheet.
 * @param e the install event
 */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

/**
 * Opens the sidebar on a tab. The tab travels as a hidden element appended to the page (HtmlOutput.append), which
 * the sidebar's script reads once the page is loaded.
 * @param tab the tab to show first
 */
export function openSidebar(tab: SidebarTab = "create"): void {
  const html = htmlService().createHtmlOutputFromFile("Sidebar").setTitle(SIDEBAR_TITLE);
  if (tab !== "create") html.append(`<div id="edu-start" data-tab="${tab}" hidden></div>`);
  spreadsheetApp().getUi().showSidebar(html);
}

/** Menu: «Открыть панель». */
export function showSidebar(): void {
  openSidebar("create");
}
/** Menu: «Создать таблицы…». */
export function menuCreate(): void {
  openSidebar("create");
}
/** Menu: «Проверить текущий лист» — the sidebar opens on «Проверить» and checks the active sheet at once. */
export function menuValidate(): void {
  openSidebar("check");
}
/** Menu: «Свести листы одной формы…». */
export function menuConsolidate(): void {
  openSidebar("consolidate");
}
/** Menu: «Вставить формулы ИСБ…». */
export function menuIndex(): void {
  openSidebar("index");
}
