// Writing rows in an import's columns, so that an export imports back unchanged: XLSX with real dates and numbers
// (money in Kč), CSV for Czech Excel (";", UTF-8 with BOM, CRLF, "1. 10. 2016", "7025696,25").
import type ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import type { ColumnDef } from "./columns";

/** A value to write; bigint = money in haléře. */
export type OutValue = string | number | bigint | Date | null;
export type OutColumn<K extends string = string> = ColumnDef<K> & { width?: number; numFmt?: string };

export const DATE_FORMAT = "d. m. yyyy";
export const MONEY_FORMAT = "#,##0.00";
export const CONTENT_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
} as const;
export type Format = keyof typeof CONTENT_TYPES;

/** Column definitions for an exceljs sheet (regular or streaming): Czech headers, widths, number formats. */
export const xlsxColumns = (columns: readonly OutColumn[]): Partial<ExcelJS.Column>[] =>
  columns.map((c) => ({ header: c.cs, key: c.key, width: c.width ?? 14, style: c.numFmt ? { numFmt: c.numFmt } : {} }));

export const SHEET_VIEWS: Partial<ExcelJS.AddWorksheetOptions> = { views: [{ state: "frozen", ySplit: 1 }] };

export const xlsxValue = (value: OutValue) => (typeof value === "bigint" ? Number(value) / 100 : value);

export const xlsxRow = (columns: readonly OutColumn[], row: Record<string, OutValue>) =>
  columns.map((c) => xlsxValue(row[c.key] ?? null));

/** Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection); the import removes it. */
const safe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** formatDate (lib/format) with one formatter for all cells: creating one per cell costs more than the whole row. */
const czechDay = new Intl.DateTimeFormat("cs-CZ", {
  day: "numeric",
  month: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

export function csvValue(value: OutValue): string {
  if (value === null) return "";
  if (value instanceof Date) return czechDay.format(value);
  if (typeof value === "bigint") return `${value / 100n},${String(value % 100n).padStart(2, "0")}`;
  if (typeof value === "number") return String(value).replace(".", ",");
  return safe(value);
}

/** CSV text of some rows; `header` starts the file (BOM and the Czech headers). */
export function csvChunk(columns: readonly OutColumn[], rows: Record<string, OutValue>[], header: boolean): string {
  const records = rows.map((row) => columns.map((c) => csvValue(row[c.key] ?? null)));
  return stringify(header ? [columns.map((c) => c.cs), ...records] : records, {
    delimiter: ";",
    bom: header,
    record_delimiter: "windows",
  });
}

/** Headers of a download, never cached, never sniffed. */
export const downloadHeaders = (format: Format, fileName: string) => ({
  "Content-Type": CONTENT_TYPES[format],
  "Content-Disposition": `attachment; filename="${fileName}.${format}"`,
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "private, no-store",
  // Streamed downloads pass a buffering reverse proxy (nginx) as they are made, not after the last row.
  "X-Accel-Buffering": "no",
});
