import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { readSheet } from "@/lib/spreadsheet/read";
import { rejectedPlanImportRows } from "./actions";
import { fileOf, formOf, sampleRows, xlsxOf, type Row } from "./test-files";
import { dataOf, lines, preview, snapshot } from "./test-db";
import { applyPlanImport } from "./actions";

const PLAN = "plan-2024-2028";
const xlsx = async (rows: Row[]) => fileOf(await xlsxOf(rows), "opatreni.xlsx");
const measures = () =>
  db.measure.findMany({ where: { planId: PLAN, code: { startsWith: "60." } }, orderBy: { code: "asc" } });
const audits = () => db.auditLog.count({ where: { action: "import", entity: "Measure" } });
const importAs = async (file: File, mode?: "all" | "valid") =>
  dataOf(await applyPlanImport(formOf(PLAN, file, (await preview(file, PLAN)).sha256, mode)));

/** Six measures (60.1.1–60.1.5, 60.2.1); the 2nd has two bad cells, the 5th is delayed without a reason. */
const good = sampleRows(6, 60);
const bad = good.map((row, i) =>
  i === 1 ? { ...row, deadline: "31. 2. 2026", status: "Hotovo" } : i === 4 ? { ...row, status: "Zpožděno" } : row,
);

beforeEach(async () => {
  await actAs("coordinator");
});

describe("a measures file with some bad rows", () => {
  it("lists every error at once, and importing nothing (or all) stores nothing", async () => {
    const before = await snapshot();
    const file = await xlsx(bad);
    const report = await preview(file, PLAN);
    expect(lines(report)).toEqual([
      [3, "deadline", "badDate"],
      [3, "status", "badStatus"],
      [6, "statusReason", "reasonRequired"],
    ]);
    expect(report).toMatchObject({ rejected: 2, counts: { measures: { create: 4, update: 0, unchanged: 0 } } });
    expect(await importAs(file)).toMatchObject({ applied: false });
    expect(await snapshot()).toBe(before);
  });

  it("imports the valid rows, gives back the rejected ones with their errors, and the fixed file completes the import", async () => {
    const auditsBefore = await audits();
    const file = await xlsx(bad);
    expect(await importAs(file, "valid")).toMatchObject({
      applied: true,
      rejected: 2,
      counts: { measures: { create: 4 } },
    });
    expect((await measures()).map((m) => m.code)).toEqual(["60.1.1", "60.1.3", "60.1.4", "60.2.1"]);
    expect(await audits()).toBe(auditsBefore + 4);

    const rejected = dataOf(await rejectedPlanImportRows(formOf(PLAN, file)));
    const bytes = new Uint8Array(Buffer.from(rejected.base64, "base64"));
    const { sheet } = await readSheet(bytes);
    const headers = sheet!.header.cells;
    expect(headers.at(-1)).toBe("Chyba");
    expect(sheet!.rows.map((r) => r.cells[headers.indexOf("Kód opatření")])).toEqual(["60.1.2", "60.1.5"]);
    expect(String(sheet!.rows[0].cells.at(-1)).split("\n")).toEqual([
      expect.stringMatching(/^Termín plnění: „31\. 2\. 2026“/),
      expect.stringMatching(/^Stav: Neznámý stav „Hotovo“/),
    ]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const cell = (row: number, header: string) =>
      workbook.worksheets[0].getRow(row).getCell(headers.indexOf(header) + 1);
    cell(2, "Termín plnění").value = "28. 2. 2026";
    cell(2, "Stav").value = "Probíhá";
    cell(3, "Zdůvodnění stavu").value = "Čeká se na dotaci.";
    const fixed = fileOf(new Uint8Array(await workbook.xlsx.writeBuffer()), "opravene.xlsx");
    expect(await importAs(fixed)).toMatchObject({
      applied: true,
      issues: [],
      counts: { measures: { create: 2, update: 0, unchanged: 0 } },
    });
    expect((await measures()).map((m) => m.code)).toEqual(["60.1.1", "60.1.2", "60.1.3", "60.1.4", "60.1.5", "60.2.1"]);
    expect(await audits()).toBe(auditsBefore + 6);
    expect((await preview(fixed, PLAN)).counts.measures).toEqual({ create: 0, update: 0, unchanged: 2 });
  });

  it("the rejected rows are refused to others and when the file has none", async () => {
    const file = await xlsx(bad);
    await actAs("memberA");
    expect(await rejectedPlanImportRows(formOf(PLAN, file))).toEqual({ ok: false, error: "forbidden" });
    await actAs("coordinator");
    expect(await rejectedPlanImportRows(formOf(PLAN, await xlsx(good)))).toMatchObject({
      ok: false,
      error: "notFound",
    });
  });
});
