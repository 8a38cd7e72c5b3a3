import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { tableOf } from "@/lib/spreadsheet/test-files";
import { COLUMNS } from "./columns";
import { csvOf, fileOf, sampleRows } from "./test-files";
import { previewAndApply, preview } from "./test-db";

const PLAN = "plan-2024-2028";
const CS = COLUMNS.map((c) => c.cs);

/** A title merged over the whole width above the header, and "Popis" merged over two columns. */
async function laidOut(rows: ReturnType<typeof sampleRows>) {
  const [header, ...records] = tableOf(COLUMNS, CS, rows);
  const at = CS.indexOf("Popis");
  const widened = (cells: unknown[]) => [...cells.slice(0, at + 1), null, ...cells.slice(at + 1)];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Opatření");
  sheet.addRow(["Akční plán 2024–2028: opatření"]);
  sheet.mergeCells(1, 1, 1, CS.length + 1);
  sheet.addRow([]);
  sheet.addRow(widened(header));
  sheet.mergeCells(3, at + 1, 3, at + 2);
  for (const record of records) sheet.addRow(widened(record));
  return fileOf(new Uint8Array(await workbook.xlsx.writeBuffer()), "opatreni.xlsx");
}

describe("a measures file as people lay it out", () => {
  it("a title row above the header and a merged 'Popis' header import", async () => {
    await actAs("coordinator");
    const rows = sampleRows(5, 30);
    const report = await previewAndApply(await laidOut(rows), PLAN);
    expect(report).toMatchObject({
      applied: true,
      issues: [],
      ignoredColumns: [],
      counts: { measures: { create: 5 } },
    });
    const stored = await db.measure.findMany({
      where: { planId: PLAN, code: { in: rows.map((r) => String(r.code)) } },
      orderBy: { code: "asc" },
    });
    expect(stored.map((m) => m.description)).toEqual(rows.map((r) => r.description ?? null));
  });

  it("a CSV with a title line above the header is read from the header on", async () => {
    await actAs("coordinator");
    const csv = `Opatření akčního plánu\n${csvOf(sampleRows(3, 40))}`;
    expect(await preview(fileOf(csv, "opatreni.csv"), PLAN)).toMatchObject({
      issues: [],
      rowCount: 3,
      counts: { measures: { create: 3 } },
    });
  });
});
