/**
 * exceljs writer and reader: plans → `.xlsx`, `.xlsx` → tables; and the safe loading of submitted files.
 */
export { writePlan, workbookFromPlans, planWorkbookBuffer } from "./write_plan";
export { addinFormulaForFile } from "./addin_formula";
export { readWorkbook, readWorksheet, loadWorkbook, findMarker, UnreadableWorkbookError } from "./read_workbook";
export { loadWorkbookSafely } from "./load_safely";
export type { SafeLoadOptions, SafeWorkbookTables } from "./load_safely";
export { RefusedWorkbookError, refusalReason, formatSize } from "./refusal";
export type { RefusalKind, RefusalDetail } from "./refusal";
export { SAFETY_LIMITS, safetyLimits } from "./safety_limits";
export type { SafetyLimits } from "./safety_limits";
export { inspectPackage } from "./inspect_package";
export type { PackageInspection } from "./inspect_package";
export { sniffFormat } from "./sniff_format";
export type { SniffedFormat } from "./sniff_format";
export { readZipDirectory, ZipStructureError } from "./zip_directory";
export type { ZipEntry } from "./zip_directory";
export { cfbStreamNames } from "./cfb_stream_names";
export { readLargeWorkbook } from "./read_large_workbook";
export { SheetRowsReader } from "./sheet_rows_reader";
export { XmlScanner, decodeXml, xmlAttr } from "./xml_scanner";
export { storedZip } from "./stored_zip";
