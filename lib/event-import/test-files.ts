// Builds events import files for the tests (unit, integration and e2e): generated on the fly, no binary fixtures.
import ExcelJS from "exceljs";
import { csvText, fileOf, tableOf, xlsxBytes } from "@/lib/spreadsheet/test-files";
import type { Cell } from "@/lib/spreadsheet/types";
import { COLUMNS, type ColumnKey } from "./columns";

export type Row = Partial<Record<ColumnKey, Cell>>;

const TYPES = ["Beseda / přednáška", "TALK", "Informační schůzka pro zájemce", "STAND", "Článek v médiích"];
const ORPS = ["Nový Bor", "5106", "Liberec", 5103, "Liberecký kraj", "CZ051", "Turnov", "Železný Brod"];

/** `count` realised events of 2024–2026 in mixed value styles (names and codes, Czech and Excel dates). */
export function sampleEvents(count = 100, prefix = "Beseda z tabulky"): Row[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2024 + (i % 3), i % 10, 1 + (i % 28)));
    return {
      startDate: i % 2 ? date : `${date.getUTCDate()}. ${date.getUTCMonth() + 1}. ${date.getUTCFullYear()}`,
      endDate: i % 5 === 0 ? new Date(date.getTime() + 864e5) : null,
      type: TYPES[i % TYPES.length],
      title: `${prefix} ${i + 1}`,
      description: i % 3 ? `Popis akce ${i + 1}` : null,
      municipality: i % 4 ? "Nový Bor" : null,
      place: ORPS[i % ORPS.length],
      audience: i % 2 ? "Veřejnost" : "SCHOOLS",
      realisation: i % 7 === 0 ? null : "Realizováno",
      peopleReached: i % 2 ? 40 + i : `${40 + i}`,
      cost: i % 2 ? 1250.5 : "3 500,00",
      inquiries: 5,
      applicants: i % 3,
      campaign: i % 6 === 0 ? "Týden náhradního rodičovství 2024" : null,
      programme: i % 9 === 0 ? "NRP-2024-2028" : null,
    };
  });
}

const CS = COLUMNS.map((c) => c.cs).filter((h) => h !== "Organizace");

export const xlsxOf = (rows: Row[], headers: string[] = CS) => xlsxBytes(tableOf(COLUMNS, headers, rows), "Akce");
export const csvOf = (rows: Row[], delimiter = ";", headers: string[] = CS) =>
  csvText(tableOf(COLUMNS, headers, rows), delimiter);
export { fileOf };

/** The template as people lay it out: a title merged over the whole width above the header, and "Popis" merged
 * over two columns (the description in the first one). */
export async function mergedTemplateOf(rows: Row[]): Promise<Uint8Array<ArrayBuffer>> {
  const [header, ...records] = tableOf(COLUMNS, CS, rows);
  const at = CS.indexOf("Popis");
  const widened = (cells: Cell[]) => [...cells.slice(0, at + 1), null, ...cells.slice(at + 1)];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Akce");
  sheet.addRow(["Náborové akce organizace – Liberecký kraj"]);
  sheet.mergeCells(1, 1, 1, CS.length + 1);
  sheet.addRow(widened(header));
  sheet.mergeCells(2, at + 1, 2, at + 2);
  for (const record of records) sheet.addRow(widened(record));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export { formOf } from "./form-data";
