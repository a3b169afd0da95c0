/**
 * Building the pane's DOM without markup strings: every text goes in through `textContent` (a text node), so
 * text read from a workbook (`<img src=x onerror=alert(1)>` in a cell or a sheet name) is shown as text and
 * never becomes an element.
 */

export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/**
 * An element with attributes and children.
 * @param tag tag name (`div`, `fluent-checkbox`)
 * @param attrs attributes: `true` sets an empty attribute, `false`/`null`/`undefined` leave it out
 * @param children nodes, or text added as text nodes
 * @returns the element
 * @example h("p", { class: "note" }, "<b>текст</b>").textContent // => "<b>текст</b>"
 */
export function h<E extends HTMLElement = HTMLElement>(tag: string, attrs: Attrs = {}, ...children: Child[]): E {
  const el = document.createElement(tag) as E;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, ...children);
  return el;
}

/** Appends children; strings and numbers become text nodes. */
export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces an element's children. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}
