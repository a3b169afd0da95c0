/**
 * The pane never builds DOM from markup strings: text from a workbook can only ever be a text node.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..", "..", "taskpane");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("taskpane sources", () => {
  it.each(sources(ROOT).map((p) => [p.slice(ROOT.length + 1), p]))("%s sets no HTML from strings", (_name, path) => {
    const text = readFileSync(path, "utf8").replace(/^\s*(\*|\/\/).*$/gm, "");
    expect(text).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/);
  });
});
