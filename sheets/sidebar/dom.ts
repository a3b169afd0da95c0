/**
 * Building the sidebar's elements without HTML strings: every text — a form's title, a sheet's name, a cell's
 * value in a finding — goes in as a text node, so nothing a spreadsheet holds can become markup.
 */

export type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined>;

/**
 * An element with attributes (`false`/`undefined` omitted, `true` as an empty attribute) and children (texts as
 * text nodes). O(children).
 * @returns the element
 * @example el("p", { class: "hint" }, "<b>").textContent // => "<b>" (a text, not an element)
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, ...children);
  return node;
}

/** Appends children, texts as text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces an element's children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.textContent = "";
  append(parent, ...children);
}
