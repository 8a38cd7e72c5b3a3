import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { dataOf } from "@/lib/spreadsheet/test-files";
import { applyEventImport, previewEventImport } from "./actions";
import { COLUMNS } from "./columns";
import { csvOf, fileOf, formOf, sampleEvents, xlsxOf, type Row } from "./test-files";
import { check, checkAndImport, eventState, issueList } from "./test-db";

const rows = sampleEvents(6, "Stánek z tabulky");
const withRow = (index: number, change: Row) => rows.map((row, i) => (i === index ? { ...row, ...change } : row));
const xlsx = async (data: Row[], headers?: string[]) => fileOf(await xlsxOf(data, headers), "akce.xlsx");
let before: string;

/** Preview and a forced apply (with the file's own checksum) both refuse, and nothing is stored. */
async function refused(file: File, organisationId?: string) {
  const report = await check(file, organisationId);
  const applied = dataOf(await applyEventImport(formOf(file, organisationId, report.sha256)));
  expect(applied).toMatchObject({ applied: false, issues: report.issues });
  expect(await eventState()).toBe(before);
  return issueList(report);
}

beforeEach(async () => {
  await actAs("memberA");
  before = await eventState();
});

describe("a bad events file is refused with a reason and changes nothing", () => {
  it("wrong type, no file, missing and repeated columns", async () => {
    expect(await refused(fileOf(new TextEncoder().encode("%PDF-1.4\n%%EOF\n"), "akce.xlsx"))).toEqual([
      [null, null, "fileType"],
    ]);
    expect(issueList(dataOf(await previewEventImport(formOf(null))))).toEqual([[null, null, "fileMissing"]]);
    expect(await refused(await xlsx(rows, ["Datum (začátek)", "Název", "Název", "Obec"]))).toEqual([
      [1, "type", "missingColumn"],
      [1, "title", "duplicateColumn"],
      [1, "place", "missingColumn"],
    ]);
  });

  it("every kind of bad value, in XLSX and in CSV, named by row and column", async () => {
    const bad: Row[] = [
      { type: "Grilovačka" },
      { peopleReached: -5 },
      { inquiries: "2,5" },
      { startDate: "31. 2. 2025" },
      { cost: "-100" },
      { endDate: "1. 1. 2024", startDate: "5. 5. 2024" },
      { audience: "Důchodci" },
      { realisation: "Možná" },
      { campaign: "Neznámá kampaň" },
      { programme: "NRP-1999" },
      { place: "CZ0513" },
      { title: "" },
      { title: "x".repeat(301) },
      { peopleReached: "hodně" },
    ];
    const data = bad.map((change, i) => ({
      ...rows[i % rows.length],
      ...change,
      title: change.title ?? `Řádek ${i + 2}`,
    }));
    const expected = [
      [2, "type", "unknownType"],
      [3, "peopleReached", "negative"],
      [4, "inquiries", "notWhole"],
      [5, "startDate", "badDate"],
      [6, "cost", "badMoney"],
      [7, "endDate", "endBeforeStart"],
      [8, "audience", "unknownAudience"],
      [9, "realisation", "unknownRealisation"],
      [10, "campaign", "unknownCampaign"],
      [11, "programme", "unknownProgramme"],
      [12, "place", "unknownPlace"],
      [13, "title", "required"],
      [14, "title", "tooLong"],
      [15, "peopleReached", "badNumber"],
    ];
    expect(await refused(await xlsx(data))).toEqual(expected);
    expect(await refused(fileOf(csvOf(data), "akce.csv"))).toEqual(expected);
  });

  it("a row twice in one file", async () => {
    const report = await check(
      await xlsx([...rows, { ...rows[1], title: ` ${String(rows[1].title).toUpperCase()} ` }]),
    );
    expect(report.issues).toEqual([{ line: 8, column: "title", code: "duplicateRow", params: { line: 3 } }]);
  });

  it("a row of an archived event", async () => {
    await checkAndImport(await xlsx(rows));
    const event = await db.recruitmentEvent.findFirstOrThrow({
      where: { organisationId: "org-naruc", title: String(rows[2].title) },
    });
    await db.recruitmentEvent.update({ where: { id: event.id }, data: { archivedAt: new Date() } });
    before = await eventState();
    expect(await refused(await xlsx(withRow(2, { peopleReached: 7 })))).toEqual([[4, null, "archived"]]);
  });

  it("apply needs the checksum of the previewed file", async () => {
    const file = await xlsx(rows);
    expect(await applyEventImport(formOf(file))).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { sha256: ["required"] },
    });
    expect(dataOf(await applyEventImport(formOf(file, undefined, "0".repeat(64))))).toMatchObject({
      applied: false,
      issues: [{ code: "fileChanged" }],
    });
    expect(await eventState()).toBe(before);
  });

  it.each(["council", "admin"] as const)("is refused for %s, called directly", async (who) => {
    await actAs(who);
    const file = await xlsx(rows);
    expect(await previewEventImport(formOf(file))).toEqual({ ok: false, error: "forbidden" });
    expect(await applyEventImport(formOf(file, "org-naruc", "0".repeat(64)))).toEqual({
      ok: false,
      error: "forbidden",
    });
    await actAs(null);
    expect(await applyEventImport(formOf(file, "org-naruc", "0".repeat(64)))).toEqual({
      ok: false,
      error: "unauthenticated",
    });
    expect(await eventState()).toBe(before);
  });

  it("the coordinator must name the organisation, in the form or per row", async () => {
    await actAs("coordinator");
    expect((await refused(await xlsx(rows.slice(0, 2)))).map((i) => i.slice(1))).toEqual([
      ["organisation", "organisationRequired"],
      ["organisation", "organisationRequired"],
    ]);
    const headers = COLUMNS.map((c) => c.cs);
    expect(await refused(await xlsx([{ ...rows[0], organisation: "Spolek XY" }], headers), "org-rvc")).toEqual([
      [2, "organisation", "unknownOrganisation"],
    ]);
    expect(await previewEventImport(formOf(await xlsx(rows), "org-none"))).toMatchObject({
      ok: false,
      error: "notFound",
    });
  });

  it("a Windows-1250 CSV with English headers imports", async () => {
    const english = COLUMNS.map((c) => c.en).filter((h) => h !== "Organisation");
    const text = csvOf(sampleEvents(6, "Příprava žadatelů"), ";", english).replaceAll("ě", "e");
    const cp1250 = Uint8Array.from(
      [...text].map(
        (ch) =>
          ({
            á: 0xe1,
            í: 0xed,
            é: 0xe9,
            ý: 0xfd,
            č: 0xe8,
            ř: 0xf8,
            š: 0x9a,
            ž: 0x9e,
            Ž: 0x8e,
            ů: 0xf9,
            ú: 0xfa,
            Č: 0xc8,
            Š: 0x8a,
          })[ch] ?? ch.charCodeAt(0),
      ),
    );
    const report = await check(fileOf(cp1250, "events.csv"));
    expect(report).toMatchObject({ issues: [], counts: { create: 6 } });
  });
});
