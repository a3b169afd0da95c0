/**
 * A small incremental XML tokenizer for the parts of a workbook: text arrives in chunks of any size, tags
 * and text come out as callbacks, and nothing but an unfinished tag is kept between chunks — so a sheet of
 * any length is read in constant memory. Namespace prefixes are dropped (`x:row` is `row`). A DTD is
 * refused (no workbook has one; entity expansion is how XML bombs work). Not a validating parser: it
 * reads what Excel, LibreOffice and Google Sheets write.
 */

export interface XmlHandler {
  /** an opening or empty tag; `attrs` is the raw attribute text (see {@link xmlAttr}) */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** text between tags, in pieces; `cdata` pieces are literal, others still carry entities */
  text(raw: string, cdata: boolean): void;
}

/** XML the scanner cannot read: broken markup, a DTD, a tag longer than any a workbook writes. */
export class XmlScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlScanError";
  }
}

/** No tag a workbook writes is longer; a longer one means the markup is broken. */
const MAX_TAG = 64 * 1024;
/** An entity is never longer (`&#x10FFFF;`). */
const MAX_ENTITY = 12;

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Text with its XML entities replaced. O(length).
 * @param s raw text or attribute value
 * @returns the text
 * @example decodeXml("A &amp; B &#1046;") // => "A & B Ж"
 */
export function decodeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (m, e: string) => {
    if (e[0] !== "#") return NAMED[e];
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

const ATTR_CACHE = new Map<string, RegExp>();

/**
 * One attribute of a tag, prefix ignored (`r:id` is found as `id`), entities decoded. O(attribute text).
 * @param attrs the raw attribute text of {@link XmlHandler.open}
 * @param name local name of the attribute
 * @returns its value, or undefined
 * @example xmlAttr(' r="B4" t="s"', "t") // => "s"
 */
export function xmlAttr(attrs: string, name: string): string | undefined {
  let re = ATTR_CACHE.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)(?:[A-Za-z_][\\w.-]*:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTR_CACHE.set(name, re);
  }
  const m = re.exec(attrs);
  if (!m) return undefined;
  return decodeXml(m[1] ?? m[2]);
}

/** Index of the `>` that ends a tag starting at `from`, quotes respected; -1 when the chunk ends first. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The tokenizer: feed chunks with `write`, finish with `end`. O(input); memory O(one tag).
 * @example
 * const names: string[] = [];
 * const s = new XmlScanner({ open: (n) => names.push(n), close() {}, text() {} });
 * s.write("<x:row r=\"1\"><c/></x:"); s.write("row>"); s.end();
 * names // => ["row", "c"]
 */
export class XmlScanner {
  private rest = "";

  constructor(private readonly handler: XmlHandler) {}

  /**
   * Feeds the next chunk. O(chunk length).
   * @param chunk decoded text
   * @throws {XmlScanError} on a DTD or a tag longer than a workbook writes
   */
  write(chunk: string): void {
    const s = this.rest.length ? this.rest + chunk : chunk;
    const h = this.handler;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        // Keep a possibly unfinished entity for the next chunk.
        const amp = s.lastIndexOf("&");
        const cut = amp >= i && amp > n - MAX_ENTITY && s.indexOf(";", amp) < 0 ? amp : n;
        if (cut > i) h.text(s.slice(i, cut), false);
        i = cut;
        break;
      }
      if (lt > i) h.text(s.slice(i, lt), false);
      i = lt;
      if (lt + 1 >= n) break;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 33 /* ! */) {
        if (s.startsWith("<!--", lt)) {
          const e = s.indexOf("-->", lt + 4);
          if (e < 0) break;
          i = e + 3;
          continue;
        }
        if (s.startsWith("<![CDATA[", lt)) {
          const e = s.indexOf("]]>", lt + 9);
          if (e < 0) break;
          h.text(s.slice(lt + 9, e), true);
          i = e + 3;
          continue;
        }
        if (n - lt < 9) break;
        throw new XmlScanError("объявления DTD в книге не допускаются");
      }
      if (c1 === 63 /* ? */) {
        const e = s.indexOf("?>", lt + 2);
        if (e < 0) break;
        i = e + 2;
        continue;
      }
      const end = tagEnd(s, lt + 1);
      if (end < 0) break;
      const closing = c1 === 47; /* / */
      let p = closing ? lt + 2 : lt + 1;
      const nameStart = p;
      let colon = -1;
      while (p < end) {
        const c = s.charCodeAt(p);
        if (isSpace(c) || c === 47 || c === 62) break;
        if (c === 58) colon = p;
        p++;
      }
      if (p === nameStart) throw new XmlScanError("пустое имя тега");
      const name = s.slice(colon >= 0 ? colon + 1 : nameStart, p);
      if (closing) h.close(name);
      else {
        const selfClosing = s.charCodeAt(end - 1) === 47;
        h.open(name, s.slice(p, selfClosing ? end - 1 : end), selfClosing);
      }
      i = end + 1;
    }
    this.rest = i < n ? s.slice(i) : "";
    if (this.rest.length > MAX_TAG) throw new XmlScanError("незакрытый тег");
  }

  /**
   * Ends the input.
   * @throws {XmlScanError} when a tag is left unfinished
   */
  end(): void {
    if (this.rest.length) {
      if (this.rest.includes("<")) throw new XmlScanError("незакрытый тег в конце");
      this.handler.text(this.rest, false);
      this.rest = "";
    }
  }
}
