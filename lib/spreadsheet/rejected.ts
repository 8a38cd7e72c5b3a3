import "server-only";
// The rows an import refused, as an XLSX to fix and import again: the file's own cells under the template's headers
// (the template's columns the file has, in template order) and a last column "Chyba" with all of the row's errors.
// Importing it back reads "Chyba" as an unknown column, which the import ignores.
import ExcelJS from "exceljs";
import type { ColumnIndex } from "./columns";
import type { SheetRow } from "./types";
import { SHEET_VIEWS, xlsxColumns, type OutColumn } from "./write";

const ERROR_COLUMN: OutColumn = { key: "error", cs: "Chyba", en: "Error", width: 80 };

export async function rejectedWorkbook<K extends string>(
  columns: readonly OutColumn<K>[],
  index: ColumnIndex<K>,
  rows: SheetRow[],
  errors: (line: number) => string[],
  sheetName: string,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, SHEET_VIEWS);
  const present = columns.filter((c) => index[c.key] !== undefined);
  sheet.columns = xlsxColumns([...present, ERROR_COLUMN]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow([...present.map((c) => row.cells[index[c.key]!] ?? null), errors(row.line).join("\n")]);
    added.getCell(present.length + 1).alignment = { wrapText: true, vertical: "top" };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
