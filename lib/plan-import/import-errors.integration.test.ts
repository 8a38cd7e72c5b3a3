import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { applyPlanImport, previewPlanImport } from "./actions";
import { MAX_IMPORT_BYTES } from "./limits";
import { csvOf, fileOf, formOf, sampleRows, xlsxOf, type Row } from "./test-files";
import { dataOf, lines, preview, previewAndApply, snapshot } from "./test-db";

const PLAN = "plan-2024-2028";
const rows = sampleRows(6, 30);
const withRow = (index: number, change: Row) => rows.map((row, i) => (i === index ? { ...row, ...change } : row));
const xlsx = async (data: Row[], headers?: string[]) => fileOf(await xlsxOf(data, headers), "opatreni.xlsx");
let before: string;

/** Preview and a forced apply (with the file's own checksum) both refuse, and nothing is stored. */
async function refused(file: File, planId = PLAN) {
  const report = await preview(file, planId);
  const applied = dataOf(await applyPlanImport(formOf(planId, file, report.sha256)));
  expect(applied.applied).toBe(false);
  expect(applied.issues).toEqual(report.issues);
  expect(await snapshot()).toBe(before);
  return report;
}

beforeAll(() => actAs("coordinator"));
beforeEach(async () => {
  before = await snapshot();
});

describe("a bad import file is refused with a reason and changes nothing", () => {
  it("wrong type, legacy .xls, empty, too large, no file", async () => {
    expect(lines(await refused(fileOf(new TextEncoder().encode("%PDF-1.4\n%%EOF\n"), "opatreni.xlsx")))).toEqual([
      [null, null, "fileType"],
    ]);
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)]);
    expect(lines(await refused(fileOf(xls, "opatreni.xls")))).toEqual([[null, null, "fileLegacyExcel"]]);
    expect(lines(await refused(fileOf(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(59), "velky.csv")))).toEqual([
      [null, null, "fileTooLarge"],
    ]);
    expect(dataOf(await previewPlanImport(formOf(PLAN, fileOf("", "prazdny.csv")))).issues).toEqual([
      { line: null, column: null, code: "fileMissing" },
    ]);
    expect(dataOf(await previewPlanImport(formOf(PLAN, null))).issues).toEqual([
      { line: null, column: null, code: "fileMissing" },
    ]);
    expect(await snapshot()).toBe(before);
  });

  it("missing and repeated columns", async () => {
    const headers = ["Kód oblasti", "Název oblasti", "Kód opatření", "Název opatření", "Název opatření", "Ukazatel"];
    expect(lines(await refused(await xlsx(rows, headers)))).toEqual([
      [1, "goalCode", "missingColumn"],
      [1, "goalTitle", "missingColumn"],
      [1, "title", "duplicateColumn"],
      [1, "unit", "missingColumn"],
      [1, "baselineValue", "missingColumn"],
      [1, "baselineYear", "missingColumn"],
      [1, "targetValue", "missingColumn"],
      [1, "targetDate", "missingColumn"],
    ]);
  });

  it("bad numbers, dates, money, status, duplicate code and code hierarchy, in XLSX and in CSV", async () => {
    const bad = rows.map((row) => ({ ...row }));
    bad[0].baselineValue = "hodně";
    bad[1].targetDate = "2028-02-30";
    bad[2].plannedBudget = "sto tisíc";
    bad[3].status = "Hotovo";
    bad[4].code = rows[3].code;
    bad[5] = { ...bad[5], goalCode: "31.1", code: "30.2.1" };
    const expected = [
      [2, "baselineValue", "badNumber"],
      [3, "targetDate", "badDate"],
      [4, "plannedBudget", "badMoney"],
      [5, "status", "badStatus"],
      [6, "code", "duplicateCode"],
      [7, "goalCode", "hierarchy"],
      [7, "code", "hierarchy"],
    ];
    expect(lines(await refused(await xlsx(bad)))).toEqual(expected);
    expect(lines(await refused(fileOf(csvOf(bad), "opatreni.csv")))).toEqual(expected);
  });

  it("a delayed or cancelled measure needs a reason", async () => {
    expect(lines(await refused(await xlsx(withRow(1, { status: "Zrušeno", statusReason: null }))))).toEqual([
      [3, "statusReason", "reasonRequired"],
    ]);
  });

  it("an archived measure's code, an archived plan, an unknown plan", async () => {
    await db.measure.update({
      where: { planId_code: { planId: PLAN, code: "1.1.1" } },
      data: { archivedAt: new Date() },
    });
    before = await snapshot();
    const row = {
      ...rows[0],
      areaCode: "1",
      goalCode: "1.1",
      code: "1.1.1",
      areaTitle: "Slaďování rodinného a pracovního života",
      goalTitle: "Slaďování rodinného a pracovního života",
    };
    const report = await refused(await xlsx([row]));
    expect(lines(report)).toContainEqual([2, "code", "archived"]);
    await db.plan.create({
      data: { id: "plan-archived", name: "Starý plán", yearFrom: 2010, yearTo: 2014, state: "ARCHIVED" },
    });
    before = await snapshot();
    expect(lines(await refused(await xlsx(rows), "plan-archived"))).toEqual([[null, null, "planArchived"]]);
    expect(await previewPlanImport(formOf("no-such-plan", await xlsx(rows)))).toMatchObject({
      ok: false,
      error: "notFound",
    });
  });

  it("apply needs the checksum of the previewed file", async () => {
    const file = await xlsx(rows);
    expect(await applyPlanImport(formOf(PLAN, file))).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { sha256: ["required"] },
    });
    const changed = dataOf(await applyPlanImport(formOf(PLAN, file, "0".repeat(64))));
    expect(changed).toMatchObject({ applied: false, issues: [{ code: "fileChanged" }] });
    expect(await snapshot()).toBe(before);
  });

  it.each(["council", "memberA", "admin"] as const)("is refused for %s, called directly", async (who) => {
    await actAs(who);
    const file = await xlsx(rows);
    expect(await previewPlanImport(formOf(PLAN, file))).toEqual({ ok: false, error: "forbidden" });
    expect(await applyPlanImport(formOf(PLAN, file, "0".repeat(64)))).toEqual({ ok: false, error: "forbidden" });
    await actAs(null);
    expect(await applyPlanImport(formOf(PLAN, file, "0".repeat(64)))).toEqual({ ok: false, error: "unauthenticated" });
    expect(await snapshot()).toBe(before);
    await actAs("coordinator");
  });

  it("a good CSV with English headers imports", async () => {
    const english = (await import("./columns")).COLUMNS.map((c) => c.en);
    expect(
      (await previewAndApply(fileOf(csvOf(rows, ",", english), "measures.csv"), PLAN)).counts.measures.create,
    ).toBe(6);
  });
});
