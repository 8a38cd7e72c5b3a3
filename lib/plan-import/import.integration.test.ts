import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { applyPlanImport } from "./actions";
import { fileOf, formOf, sampleRows, xlsxOf, type Row } from "./test-files";
import { dataOf, lines, preview as shown, previewAndApply as confirmed, snapshot } from "./test-db";

const PLAN = "plan-2024-2028";

const xlsx = async (rows: Row[]) => fileOf(await xlsxOf(rows), "opatreni.xlsx");
const preview = (file: File) => shown(file, PLAN);
const previewAndApply = (file: File) => confirmed(file, PLAN);

describe("importing measures", () => {
  it("100 rows with 5 bad ones: the preview names exactly those and nothing is written; fixed, all 100 import; again, nothing changes", async () => {
    await actAs("coordinator");
    const good = sampleRows(100);
    const bad = good.map((row) => ({ ...row }));
    bad[10].deadline = "31. 2. 2026";
    bad[25].plannedBudget = "12 abc";
    bad[40].status = "Hotovo";
    bad[61].code = bad[60].code;
    bad[80].code = "8.1.9"; // row 80 is in goal 8.2
    const before = await snapshot();

    const badFile = await xlsx(bad);
    const report = await preview(badFile);
    expect(lines(report)).toEqual([
      [12, "deadline", "badDate"],
      [27, "plannedBudget", "badMoney"],
      [42, "status", "badStatus"],
      [63, "code", "duplicateCode"],
      [82, "code", "hierarchy"],
    ]);
    expect(report).toMatchObject({ rowCount: 100, applied: false, moreIssues: 0 });
    const refused = dataOf(await applyPlanImport(formOf(PLAN, badFile, report.sha256)));
    expect(refused.applied).toBe(false);
    expect(lines(refused)).toEqual(lines(report));
    expect(await snapshot()).toBe(before);

    const goodFile = await xlsx(good);
    const fixed = await preview(goodFile);
    expect(fixed.issues).toEqual([]);
    expect(fixed.counts).toEqual({
      areas: { create: 4, update: 0, unchanged: 0 },
      goals: { create: 20, update: 0, unchanged: 0 },
      measures: { create: 100, update: 0, unchanged: 0 },
      indicators: { create: 100, update: 0, unchanged: 0 },
    });
    expect(await snapshot()).toBe(before);
    expect((await previewAndApply(goodFile)).applied).toBe(true);
    expect(await db.measure.count({ where: { planId: PLAN, code: { startsWith: "5." } } })).toBe(25);
    expect(
      await db.auditLog.count({ where: { action: "import", entity: "Measure", userId: "user-coordinator" } }),
    ).toBe(100);
    const measure = await db.measure.findUniqueOrThrow({
      where: { planId_code: { planId: PLAN, code: "5.1.2" } },
      include: { indicators: true, goal: { include: { area: true } } },
    });
    expect(measure).toMatchObject({
      title: "Opatření 5.1.2 – podpora rodin",
      goal: { code: "5.1", title: "Cíl 5.1", area: { code: "5", planId: PLAN } },
      startDate: new Date("2024-01-01"),
      deadline: new Date("2026-12-31"),
      plannedBudgetHaler: 702569625n,
      status: "IN_PROGRESS",
      searchText: "5.1.2 opatreni 5.1.2 – podpora rodin popis opatreni 2 osv ku lk",
      version: 1,
      indicators: [
        {
          name: "Počet podpořených rodin 2",
          unit: "rodiny",
          direction: "HIGHER_IS_BETTER",
          baselineValue: 10,
          baselineYear: 2023,
          targetValue: 101,
          targetDate: new Date("2028-12-31"),
        },
      ],
    });

    const imported = await snapshot();
    const again = await preview(goodFile);
    expect(again.counts.measures).toEqual({ create: 0, update: 0, unchanged: 100 });
    expect(again.changes).toEqual([]);
    expect((await previewAndApply(goodFile)).applied).toBe(true);
    expect(await snapshot()).toBe(imported);
  });

  it("re-import updates by code: changed fields only, version raised, indicator matched by name, audited", async () => {
    await actAs("coordinator");
    const rows = sampleRows(5, 20);
    await previewAndApply(await xlsx(rows));
    rows[2] = {
      ...rows[2],
      title: "Nový název",
      status: "Zpožděno",
      statusReason: "Čeká se na dotaci.",
      targetValue: 999,
    };
    const report = await previewAndApply(await xlsx(rows));
    expect(report.changes).toEqual([{ line: 4, code: "20.1.3", title: "Nový název", action: "update" }]);
    expect(report.counts.measures).toEqual({ create: 0, update: 1, unchanged: 4 });
    const measure = await db.measure.findUniqueOrThrow({
      where: { planId_code: { planId: PLAN, code: "20.1.3" } },
      include: { indicators: true },
    });
    expect(measure).toMatchObject({
      title: "Nový název",
      status: "DELAYED",
      statusReason: "Čeká se na dotaci.",
      version: 2,
      searchText: "20.1.3 novy nazev popis opatreni 3 odbor skolstvi ku lk",
    });
    expect(measure.indicators.map((i) => i.targetValue)).toEqual([999]);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entityId: measure.id, action: "import" },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.parse(entry.before!)).toEqual({
      title: "Opatření 20.1.3 – podpora rodin",
      status: "COMPLETED",
      statusReason: null,
      indicator: { targetValue: 102 },
    });
    expect(JSON.parse(entry.after!)).toEqual({
      title: "Nový název",
      status: "DELAYED",
      statusReason: "Čeká se na dotaci.",
      indicator: { targetValue: 999 },
    });
  });
});
