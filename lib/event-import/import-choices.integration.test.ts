import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { readSheet } from "@/lib/spreadsheet/read";
import { dataOf } from "@/lib/spreadsheet/test-files";
import { rejectedEventImportRows } from "./actions";
import { fileOf, formOf, mergedTemplateOf, sampleEvents, xlsxOf, type Row } from "./test-files";
import { check, checkAndImport, eventState, issueList } from "./test-db";

const PREFIX = "Beseda na výběr";
const xlsx = async (rows: Row[]) => fileOf(await xlsxOf(rows), "akce.xlsx");
const stored = () =>
  db.recruitmentEvent.findMany({
    where: { organisationId: "org-naruc", title: { startsWith: PREFIX } },
    orderBy: { title: "asc" },
  });
const audits = () =>
  db.auditLog.count({ where: { action: "import", entity: "RecruitmentEvent", userId: "user-member-naruc" } });

/** Six rows; the 2nd has three errors at once, the 5th an unknown event type. */
const good = sampleEvents(6, PREFIX);
const bad = good.map((row, i) =>
  i === 1
    ? { ...row, startDate: "31. 2. 2025", peopleReached: -5, place: "Horní Dolní" }
    : i === 4
      ? { ...row, type: "Grilovačka" }
      : row,
);

beforeEach(async () => {
  await actAs("memberA");
});

describe("importing a file as people fill it", () => {
  it("a template with a merged title row and a merged 'Popis' header imports", async () => {
    const rows = sampleEvents(3, "Sloučená šablona");
    const report = await checkAndImport(fileOf(await mergedTemplateOf(rows), "sablona.xlsx"));
    expect(report).toMatchObject({ applied: true, issues: [], ignoredColumns: [], counts: { create: 3 } });
    const events = await db.recruitmentEvent.findMany({
      where: { title: { startsWith: "Sloučená šablona" } },
      orderBy: { title: "asc" },
    });
    expect(events.map((e) => e.description)).toEqual(rows.map((r) => r.description ?? null));
  });

  it("every error of a row is reported in one pass", async () => {
    const report = await check(await xlsx(bad));
    expect(issueList(report)).toEqual([
      [3, "startDate", "badDate"],
      [3, "place", "unknownPlace"],
      [3, "peopleReached", "negative"],
      [6, "type", "unknownType"],
    ]);
    expect(report).toMatchObject({ rejected: 2, counts: { create: 4, update: 0, unchanged: 0 } });
  });

  it("importing nothing (or the whole file, which has errors) stores nothing", async () => {
    const before = await eventState();
    const file = await xlsx(bad);
    expect(await checkAndImport(file)).toMatchObject({ applied: false, rejected: 2 });
    expect(await checkAndImport(file, undefined, "all")).toMatchObject({ applied: false });
    expect(await eventState()).toBe(before);
  });

  it("imports the valid rows only, gives the rejected ones back with their errors, and the fixed error file completes the import", async () => {
    const [eventsBefore, auditsBefore] = [await db.recruitmentEvent.count(), await audits()];
    const file = await xlsx(bad);
    expect(await checkAndImport(file, undefined, "valid")).toMatchObject({
      applied: true,
      rejected: 2,
      counts: { create: 4 },
    });
    expect(await db.recruitmentEvent.count()).toBe(eventsBefore + 4);
    expect(await audits()).toBe(auditsBefore + 4);
    expect((await stored()).map((e) => e.title)).toEqual([1, 3, 4, 6].map((n) => `${PREFIX} ${n}`));

    const rejected = dataOf(await rejectedEventImportRows(formOf(file)));
    expect(rejected.fileName).toBe("akce-odmitnute-radky.xlsx");
    const bytes = new Uint8Array(Buffer.from(rejected.base64, "base64"));
    const { sheet } = await readSheet(bytes);
    const headers = sheet!.header.cells;
    expect(headers.at(-1)).toBe("Chyba");
    expect(headers).toContain("Datum (začátek)");
    const errorOf = (row: number) => String(sheet!.rows[row].cells.at(-1));
    expect(sheet!.rows.map((r) => r.cells[headers.indexOf("Název")])).toEqual([`${PREFIX} 2`, `${PREFIX} 5`]);
    expect(errorOf(0).split("\n")).toEqual([
      "Datum (začátek): „31. 2. 2025“ není platné datum (např. 14. 9. 2024 nebo 2024-09-14).",
      expect.stringMatching(/^ORP: Neznámé ORP „Horní Dolní“/),
      "Oslovené osoby: Počet nemůže být záporný („-5“).",
    ]);
    expect(errorOf(1)).toMatch(/^Typ akce: Neznámý typ akce „Grilovačka“/);

    // The user fixes the cells in Excel and imports the error file again.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const ws = workbook.worksheets[0];
    const cell = (row: number, header: string) => ws.getRow(row).getCell(headers.indexOf(header) + 1);
    cell(2, "Datum (začátek)").value = "28. 2. 2025";
    cell(2, "ORP").value = "Liberec";
    cell(2, "Oslovené osoby").value = 5;
    cell(3, "Typ akce").value = "Beseda / přednáška";
    const fixed = fileOf(new Uint8Array(await workbook.xlsx.writeBuffer()), "akce-odmitnute-radky.xlsx");
    expect(await check(fixed)).toMatchObject({
      issues: [],
      rejected: 0,
      ignoredColumns: ["Chyba"],
      counts: { create: 2, update: 0, unchanged: 0 },
    });
    expect(await checkAndImport(fixed)).toMatchObject({ applied: true, counts: { create: 2 } });
    expect((await stored()).map((e) => e.title)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `${PREFIX} ${n}`));
    expect(await audits()).toBe(auditsBefore + 6);

    // Both files again: nothing new, nothing doubled.
    expect((await check(file)).counts).toMatchObject({ create: 0, unchanged: 4 });
    expect((await check(fixed)).counts).toEqual({ create: 0, update: 0, unchanged: 2 });
  });

  it("the rejected rows are refused to others and when the file has none", async () => {
    const file = await xlsx(bad);
    await actAs("council");
    expect(await rejectedEventImportRows(formOf(file))).toEqual({ ok: false, error: "forbidden" });
    await actAs("memberA");
    expect(await rejectedEventImportRows(formOf(await xlsx(good)))).toMatchObject({ ok: false, error: "notFound" });
    expect(await rejectedEventImportRows(formOf(null))).toMatchObject({ ok: false, error: "validation" });
  });
});
