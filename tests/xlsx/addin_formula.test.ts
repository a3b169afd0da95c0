/**
 * The add-in's functions in a file: Excel stores a custom function of an add-in as `_xldudf_<NAMESPACE>_<NAME>` and
 * binds it when the workbook is opened where the add-in is installed; the writer must store ours that way.
 */
import ExcelJS from "exceljs";
import { inflateRawSync } from "zlib";
import { addinFormulaForFile } from "../../src/xlsx/addin_formula";
import { workbookFromPlans } from "../../src/xlsx/write_plan";
import { tablePlan } from "../../src/plan/table_plan";
import { readZipDirectory } from "../../src/xlsx/zip_directory";

describe("addinFormulaForFile", () => {
  test.each([
    ["EDU.SWI(A4:C8,{\"-\",\"+\"})", "_xldudf_EDU_SWI(A4:C8,{\"-\",\"+\"})"],
    ['IF(OR(G4="",F4=""),"",EDU.SHARE(G4,F4))', 'IF(OR(G4="",F4=""),"",_xldudf_EDU_SHARE(G4,F4))'],
    ["EDU.QUADRANT(EDU.SWI(A1:B2),C1:C2)", "_xldudf_EDU_QUADRANT(_xldudf_EDU_SWI(A1:B2),C1:C2)"],
    ["EDU.SWI_GROUP($R$4:$R$203)", "_xldudf_EDU_SWI_GROUP($R$4:$R$203)"],
  ])("%s → %s", (formula, stored) => {
    expect(addinFormulaForFile(formula)).toBe(stored);
  });

  test("native formulas, text in quotes and names that only look alike stay as they are", () => {
    for (const f of ['IF(A4="","",B4/C4)', 'CONCATENATE("EDU.SWI(",A1,")")', "MYEDU.SWI(A1)", "edu.swi(A1)"]) {
      expect(addinFormulaForFile(f)).toBe(f);
    }
    expect(addinFormulaForFile('IF(A1="a ""EDU.SHARE(1,2)"" b",EDU.SHARE(1,2),0)')).toBe('IF(A1="a ""EDU.SHARE(1,2)"" b",_xldudf_EDU_SHARE(1,2),0)');
  });
});

describe("the exceljs writer", () => {
  test("a plan's EDU.* formula reaches the sheet XML under the add-in prefix, native formulas unchanged", async () => {
    const plan = tablePlan({
      sheetName: "Свод",
      title: "Свод",
      columns: [{ header: "Участники", width: 10 }, { header: "Ниже порога", width: 10 }, { header: "Доля", width: 10, formula: "EDU.SHARE(B{row},A{row})" }, { header: "Сумма", width: 10, formula: "A{row}+B{row}" }],
      rows: [[10, 5, 0.5, 15]],
    });
    const buffer = await workbookFromPlans([plan]).xlsx.writeBuffer();
    const bytes = new Uint8Array(buffer as ArrayBuffer);
    const entry = readZipDirectory(bytes, 100).find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    const xml = inflateRawSync(bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)).toString("utf8");
    expect(xml).toContain("<f>_xldudf_EDU_SHARE(B4,A4)</f>");
    expect(xml).not.toContain("EDU.SHARE");
    expect(xml).toContain("<f>A4+B4</f>");
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buffer as ArrayBuffer);
    expect(back.worksheets[0].getCell("C4").value).toMatchObject({ formula: "_xldudf_EDU_SHARE(B4,A4)", result: 0.5 });
  });
});
