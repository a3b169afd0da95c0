/**
 * Task pane entry: the Fluent theme, then the pane once Office is ready. This chunk shares the page (and the
 * runtime) with the custom functions but no code with them: the functions load without the pane.
 */
import { useFluentTheme } from "./ui/fluent";
import { startPane } from "./ui/shell";

useFluentTheme();
void Office.onReady((info) => {
  const root = document.getElementById("app");
  if (root) void startPane(root, info);
});
