import { MUNICIPALITY_LIST_HEADERS, parseDelimited, referenceList, SCHOOL_LIST_HEADERS, SCHOOL_NAME_HEADERS } from "../../src/consolidate";

describe("parseDelimited", () => {
  test("the separator of the first line (; from a Russian Excel, comma, tab), quotes as in RFC 4180, BOM dropped", () => {
    expect(parseDelimited('\ufeffКод ОО;Наименование ОО\r\n000101;"МБОУ ""СОШ № 1""; корпус 2"\r\n')).toEqual([
      ["Код ОО", "Наименование ОО"],
      ["000101", 'МБОУ "СОШ № 1"; корпус 2'],
    ]);
    expect(parseDelimited("a,b\n1,2")).toEqual([["a", "b"], ["1", "2"]]);
    expect(parseDelimited("a\tb\n1\t2\n")).toEqual([["a", "b"], ["1", "2"]]);
    expect(parseDelimited('x;"две\nстроки"\n')).toEqual([["x", "две\nстроки"]]);
  });

  test("a plain list: one value a line, spaces trimmed, empty lines kept as empty rows, empty cells null", () => {
    expect(parseDelimited("  Северный район \n\nЗаречный район")).toEqual([["Северный район"], [], ["Заречный район"]]);
    expect(parseDelimited("a;;b")).toEqual([["a", null, "b"]]);
    expect(parseDelimited("")).toEqual([]);
  });
});

describe("referenceList", () => {
  test("the column under a known header, anywhere in the first rows, with names beside it; repeats dropped", () => {
    const rows = [["Перечень школ"], [], [null, "Наименование ОО", "Код ОО"], [null, "СОШ № 1", "000101"], [null, "СОШ № 2", 102], [null, "повтор", "000101"], [null, null, null]];
    expect(referenceList(rows, SCHOOL_LIST_HEADERS, SCHOOL_NAME_HEADERS)).toEqual({ values: ["000101", "102"], names: ["СОШ № 1", "СОШ № 2"], header: "Код ОО" });
  });

  test("headers match ignoring case, ё/е and spaces; without a header the first filled column is taken", () => {
    expect(referenceList([["МУНИЦИПАЛЬНОЕ  ОБРАЗОВАНИЕ"], ["Озёрный округ"]], MUNICIPALITY_LIST_HEADERS).values).toEqual(["Озёрный округ"]);
    expect(referenceList([[null, "Северный район"], [null, "  Заречный   район "]], MUNICIPALITY_LIST_HEADERS)).toEqual({ values: ["Северный район", "Заречный район"] });
    expect(referenceList([], SCHOOL_LIST_HEADERS).values).toEqual([]);
  });
});
