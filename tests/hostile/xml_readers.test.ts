/**
 * The incremental XML scanner and the readers built on it (workbook parts, shared strings, sheet rows):
 * results must not depend on where the chunks split, and broken or hostile markup is an error, not a crash.
 */
import fc from "fast-check";
import { decodeXml, SheetRowsReader, XmlScanner, xmlAttr } from "../../src/xlsx";
import { isDateFormat, parseDateStyles, parseRels, parseWorkbookXml, SharedStringsReader } from "../../src/xlsx/workbook_parts";
import type { CellValue } from "../../src/validate";

/** Every event of a scan as a line. */
function events(chunks: string[]): string[] {
  const out: string[] = [];
  let text = "";
  const flush = (): void => {
    if (text) out.push(`text ${text}`);
    text = "";
  };
  const s = new XmlScanner({
    open(name, attrs, selfClosing) {
      flush();
      out.push(`open ${name}${selfClosing ? "/" : ""} ${attrs.trim()}`);
    },
    close(name) {
      flush();
      out.push(`close ${name}`);
    },
    text(raw, cdata) {
      text += cdata ? raw : decodeXml(raw);
    },
  });
  for (const c of chunks) s.write(c);
  s.end();
  flush();
  return out;
}

const DOC =
  '<?xml version="1.0" encoding="UTF-8"?><!-- комментарий <row> --><x:worksheet xmlns:x="ns"><x:sheetData>' +
  '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>А &amp; Б &#1046;&#x416; &lt;&gt;</x:t></x:is></x:c></x:row>' +
  '<row r="2" note="a>b"><c r="B2"><v><![CDATA[<не тег> &amp;]]></v></c><c r="C2"/></row></x:sheetData></x:worksheet>';

describe("XmlScanner", () => {
  test("tags with prefixes dropped, entities decoded, CDATA literal, comments and declarations skipped", () => {
    expect(events([DOC])).toEqual([
      'open worksheet xmlns:x="ns"',
      "open sheetData ",
      'open row r="1"',
      'open c r="A1" t="inlineStr"',
      "open is ",
      "open t ",
      "text А & Б ЖЖ <>",
      "close t",
      "close is",
      "close c",
      "close row",
      'open row r="2" note="a>b"',
      'open c r="B2"',
      "open v ",
      "text <не тег> &amp;",
      "close v",
      "close c",
      'open c/ r="C2"',
      "close row",
      "close sheetData",
      "close worksheet",
    ]);
  });

  test("the same events wherever the chunks split", () => {
    const whole = events([DOC]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: DOC.length - 1 }), { maxLength: 12 }), (cuts) => {
        const at = [0, ...[...cuts].sort((a, b) => a - b), DOC.length];
        const chunks = at.slice(1).map((end, i) => DOC.slice(at[i], end));
        expect(events(chunks)).toEqual(whole);
      }),
      { numRuns: 300, seed: 3 },
    );
    // every single split point, including inside entities and CDATA
    for (let i = 1; i < DOC.length; i++) expect(events([DOC.slice(0, i), DOC.slice(i)])).toEqual(whole);
  });

  test("a DTD, an endless tag and a tag left open at the end are errors", () => {
    expect(() => events(['<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'])).toThrow(/DTD/);
    expect(() => events([`<c r="${"A".repeat(70000)}`])).toThrow(/незакрытый тег/);
    expect(() => events(["<a><b"])).toThrow(/незакрытый тег/);
    expect(() => events(["< >"])).toThrow(/имя тега/);
  });

  test("xmlAttr finds an attribute by its local name, quotes of either kind, entities decoded", () => {
    expect(xmlAttr(' r="B4" t=\'s\' r:id="rId7" name="A &amp; B"', "t")).toBe("s");
    expect(xmlAttr(' r="B4" r:id="rId7"', "id")).toBe("rId7");
    expect(xmlAttr(' r:id="rId7" r="B4"', "r")).toBe("B4");
    expect(xmlAttr(' name="A &amp; B"', "name")).toBe("A & B");
    expect(xmlAttr(' rr="1"', "r")).toBeUndefined();
    expect(decodeXml("&#0; &#x110000; &unknown;")).toBe("&#0; &#x110000; &unknown;");
  });
});

describe("workbook parts", () => {
  test("sheets in sheetId order, visibility, the 1904 date system", () => {
    const wb = parseWorkbookXml(
      '<workbook><workbookPr date1904="1"/><sheets><sheet name="Б" sheetId="3" state="hidden" r:id="rId3"/>' +
        '<sheet name="А &amp; Я" sheetId="1" r:id="rId1"/><sheet name="В" sheetId="2" state="veryHidden" r:id="rId2"/></sheets></workbook>',
    );
    expect(wb).toEqual({
      date1904: true,
      sheets: [
        { name: "А & Я", id: 1, rid: "rId1", hidden: false },
        { name: "В", id: 2, rid: "rId2", hidden: true },
        { name: "Б", id: 3, rid: "rId3", hidden: true },
      ],
    });
  });

  test("relationship targets resolved: relative, ../, absolute; external links left out", () => {
    const rels = parseRels(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/>' +
        '<Relationship Id="rId3" Target="../customXml/item1.xml"/><Relationship Id="rId4" Target="https://example.org" TargetMode="External"/></Relationships>',
      "xl/",
    );
    expect([...rels]).toEqual([
      ["rId1", "xl/worksheets/sheet1.xml"],
      ["rId2", "xl/worksheets/sheet2.xml"],
      ["rId3", "customXml/item1.xml"],
    ]);
  });

  test("date styles: built-in date formats, custom formats with date letters outside quotes and brackets", () => {
    expect(isDateFormat("dd.mm.yyyy")).toBe(true);
    expect(isDateFormat('# ##0 "дн."')).toBe(false);
    expect(isDateFormat("[Red]0.00")).toBe(false);
    expect(isDateFormat("[$-419]d mmmm yyyy")).toBe(true);
    expect(
      parseDateStyles(
        '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>' +
          '<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="4"/><xf numFmtId="46"/></cellXfs></styleSheet>',
      ),
    ).toEqual([false, true, true, false, false, true]);
  });

  test("shared strings: runs joined, phonetic runs left out, long strings cut and counted", () => {
    const r = new SharedStringsReader(5);
    const xml = '<sst><si><t>один</t></si><si><r><t>д</t></r><r><t xml:space="preserve">ва </t></r><rPh><t>ФОН</t></rPh></si><si/><si><t>очень длинный</t></si></sst>';
    r.write(xml.slice(0, 20));
    r.write(xml.slice(20));
    r.end();
    expect(r.strings).toEqual(["один", "два ", "", "очень"]);
    expect(r.cut).toBe(1);
  });
});

describe("SheetRowsReader", () => {
  const read = (xml: string, o: Partial<ConstructorParameters<typeof SheetRowsReader>[0]> = {}) => {
    const r = new SheetRowsReader({ sharedStrings: ["общая", "вторая"], dateStyles: [false, true], date1904: false, maxRows: 100, maxCellChars: 100, ...o });
    for (let i = 0; i < xml.length; i += 7) r.write(xml.slice(i, i + 7));
    r.end();
    return r;
  };
  const sheet = (rows: string) => `<worksheet><sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

  test("every cell type as exceljs reads it", () => {
    const r = read(
      sheet(
        '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1"><v>12.5</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#N/A</v></c>' +
          '<c r="E1" s="1"><v>45536</v></c><c r="F1" t="str"><f>A1&amp;"x"</f><v>вторая x</v></c><c r="G1"><f>1+1</f></c>' +
          '<c r="H1" t="inlineStr"><is><r><t>вст</t></r><r><t>авка</t></r></is></c><c r="I1" s="1"/><c r="J1" t="d"><v>2024-09-01T00:00:00Z</v></c></row>',
      ),
    );
    const expected: CellValue[] = ["вторая", 12.5, true, "#N/A", new Date(Date.UTC(2024, 8, 1)), "вторая x", null, "вставка", null, new Date(Date.UTC(2024, 8, 1))];
    expect(r.rows).toEqual([expected]);
    expect([r.complete, r.truncated]).toEqual([true, false]);
  });

  test("rows and cells without addresses follow the previous ones; gaps are empty rows and nulls", () => {
    const r = read(sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row><row><c r="B5"/></row><row r="6"/>'));
    expect(r.rows).toEqual([[1, 2], [], [], [null, null, 3, 4]]);
  });

  test("values beyond the row limit stop the reading; empty rows beyond it do not count", () => {
    const rows = (n: number, last = "") => Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c></row>`).join("") + last;
    const cut = read(sheet(rows(10)), { maxRows: 4 });
    expect([cut.rows.length, cut.truncated, cut.done]).toEqual([4, true, true]);
    const empties = read(sheet(rows(4, '<row r="5"><c r="A5" s="1"/></row><row r="9"/>')), { maxRows: 4 });
    expect([empties.rows.length, empties.truncated, empties.complete]).toEqual([4, false, true]);
  });

  test("text longer than the cell limit is cut and counted with its first cell", () => {
    const r = read(sheet(`<row r="2"><c r="B2" t="inlineStr"><is><t>${"я".repeat(300)}</t></is></c><c r="C2" t="str"><v>${"ю".repeat(101)}</v></c></row>`));
    expect([(r.rows[1][1] as string).length, (r.rows[1][2] as string).length, r.cutCells, r.firstCutCell]).toEqual([100, 100, 2, "B2"]);
  });

  test("a shared string that does not exist is an error; a sheet without sheetData end is incomplete", () => {
    expect(() => read(sheet('<row r="1"><c r="A1" t="s"><v>7</v></c></row>'))).toThrow(/общей строки 7 нет/);
    expect(read('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>').complete).toBe(false);
    expect(read("<worksheet><sheetData/></worksheet>").rows).toEqual([]);
  });
});
