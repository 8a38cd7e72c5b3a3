import { describe, expect, it } from "vitest";
import { COLUMNS, mapHeader } from "./columns";
import { validateRows } from "./rows";
import { sampleRows, type Row } from "./test-files";

function check(rows: Row[], keys = COLUMNS.map((c) => c.key)) {
  const header = { line: 1, cells: keys.map((k) => COLUMNS.find((c) => c.key === k)!.cs) };
  const sheet = { header, rows: rows.map((row, i) => ({ line: i + 2, cells: keys.map((k) => row[k] ?? null) })) };
  return validateRows(sheet, mapHeader(header.cells, 1).index);
}
const issuesOf = (rows: Row[]) => check(rows).issues.map(({ line, column, code }) => [line, column, code]);
const withRow = (index: number, change: Row) =>
  sampleRows(6).map((row, i) => (i === index ? { ...row, ...change } : row));

describe("import rows", () => {
  it("turn good rows into measures with typed values", () => {
    const { rows, issues } = check(sampleRows(2));
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({
      line: 2,
      areaCode: "5",
      goalCode: "5.1",
      code: "5.1.1",
      areaTitle: "Oblast 5",
      measure: {
        title: "Opatření 5.1.1 – podpora rodin",
        description: null,
        startDate: new Date("2024-01-01"),
        deadline: new Date("2026-12-31"),
        plannedBudgetHaler: 702569625n,
        status: "NOT_STARTED",
        statusReason: null,
      },
      indicator: {
        name: "Počet podpořených rodin 1",
        unit: "rodiny",
        direction: "LOWER_IS_BETTER",
        baselineValue: 12.5,
        baselineYear: 2023,
        targetValue: 100,
        targetDate: new Date("2028-12-31"),
      },
    });
    expect(rows[1].measure).toMatchObject({ status: "IN_PROGRESS", plannedBudgetHaler: 702569625n });
  });

  it("name each bad cell with its line and column", () => {
    expect(issuesOf(withRow(1, { deadline: "31. 2. 2026", plannedBudget: "12 abc", status: "Hotovo" }))).toEqual([
      [3, "deadline", "badDate"],
      [3, "plannedBudget", "badMoney"],
      [3, "status", "badStatus"],
    ]);
    expect(
      issuesOf(withRow(0, { baselineValue: "hodně", baselineYear: "2023,5", direction: "nahoru", title: " " })),
    ).toEqual([
      [2, "title", "required"],
      [2, "direction", "badDirection"],
      [2, "baselineValue", "badNumber"],
      [2, "baselineYear", "badYear"],
    ]);
    expect(issuesOf(withRow(2, { startDate: "1. 1. 2027" }))).toEqual([[4, "deadline", "dateOrder"]]);
    expect(issuesOf(withRow(2, { title: "x".repeat(301) }))).toEqual([[4, "title", "tooLong"]]);
  });

  it("check the code hierarchy and format", () => {
    expect(issuesOf(withRow(3, { code: "6.1.4" }))).toEqual([[5, "code", "hierarchy"]]);
    expect(issuesOf(withRow(3, { goalCode: "1.1" }))).toEqual([
      [5, "goalCode", "hierarchy"],
      [5, "code", "hierarchy"],
    ]);
    expect(issuesOf(withRow(3, { code: "5.1" }))).toEqual([[5, "code", "badCode"]]);
    expect(check(withRow(3, { code: "6.1.4" })).issues[0].params).toEqual({ code: "6.1.4", parent: "5.1" });
  });

  it("find duplicate codes and differing titles of one area or goal, pointing to the first line", () => {
    const duplicate = check(withRow(4, { code: "5.1.1" })).issues;
    expect(duplicate).toEqual([{ line: 6, column: "code", code: "duplicateCode", params: { code: "5.1.1", line: 2 } }]);
    expect(issuesOf(withRow(4, { areaTitle: "Jiná oblast", goalTitle: "Jiný cíl" }))).toEqual([
      [6, "areaTitle", "titleMismatch"],
      [6, "goalTitle", "titleMismatch"],
    ]);
  });

  it("need a complete indicator, or none", () => {
    expect(issuesOf(withRow(0, { unit: null, targetDate: null }))).toEqual([
      [2, "unit", "required"],
      [2, "targetDate", "required"],
    ]);
    expect(issuesOf(withRow(0, { indicator: null }))).toEqual([[2, "indicator", "indicatorIncomplete"]]);
    const none = {
      indicator: null,
      unit: null,
      direction: null,
      baselineValue: null,
      baselineYear: null,
      targetValue: null,
      targetDate: null,
    };
    expect(check(withRow(0, none)).rows[0].indicator).toBeNull();
  });

  it("leave out what the file has no column for", () => {
    const { rows, issues } = check(sampleRows(1), ["areaCode", "areaTitle", "goalCode", "goalTitle", "code", "title"]);
    expect(issues).toEqual([]);
    expect(rows[0].measure).toEqual({ title: "Opatření 5.1.1 – podpora rodin" });
    expect(rows[0].indicator).toBeNull();
  });
});
