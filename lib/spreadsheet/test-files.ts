// Builds spreadsheet files for tests (unit, integration and e2e): generated on the fly, no binary fixtures.
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import type { ActionResult } from "@/lib/actions/errors";
import type { ColumnDef } from "./columns";
import type { Cell } from "./types";

export type Table = Cell[][];

/** The header row (Czech or English names) and the records' cells in the header's order. */
export function tableOf<K extends string>(
  columns: readonly ColumnDef<K>[],
  headers: string[],
  records: Partial<Record<K, Cell>>[],
): Table {
  const keys = headers.map((h) => columns.find((c) => c.cs === h || c.en === h)?.key);
  return [headers, ...records.map((record) => keys.map((key) => (key ? (record[key] ?? null) : null)))];
}

export async function xlsxBytes(table: Table, sheetName = "List1"): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of table) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** CSV as people type it: Czech dates, and a decimal comma unless "," separates the cells. */
export function csvText(table: Table, delimiter = ";"): string {
  const cell = (value: Cell) =>
    value instanceof Date
      ? `${value.getUTCDate()}. ${value.getUTCMonth() + 1}. ${value.getUTCFullYear()}`
      : typeof value === "number"
        ? String(value).replace(".", delimiter === "," ? "." : ",")
        : (value ?? "");
  return stringify(
    table.map((row) => row.map(cell)),
    { delimiter },
  );
}

export const fileOf = (content: Uint8Array<ArrayBuffer> | string, name: string) => new File([content], name);

/** The data of a successful action call; anything else fails the test with the result. */
export function dataOf<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`action failed: ${JSON.stringify(result)}`);
  return result.data;
}
