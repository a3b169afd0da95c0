/**
 * The Fluent UI web components the pane uses (each registers itself when imported) and the Fluent 2 light
 * theme of Office, set as CSS custom properties.
 */
import { setTheme } from "@fluentui/web-components";
import { webLightTheme } from "@fluentui/tokens";
import "@fluentui/web-components/tablist.js";
import "@fluentui/web-components/tab.js";
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/checkbox.js";
import "@fluentui/web-components/field.js";
import "@fluentui/web-components/text-input.js";
import "@fluentui/web-components/dropdown.js";
import "@fluentui/web-components/listbox.js";
import "@fluentui/web-components/option.js";
import "@fluentui/web-components/radio-group.js";
import "@fluentui/web-components/radio.js";
import "@fluentui/web-components/progress-bar.js";
import "@fluentui/web-components/message-bar.js";

/** Applies the theme once, before the first component renders. */
export function useFluentTheme(): void {
  setTheme(webLightTheme);
}
