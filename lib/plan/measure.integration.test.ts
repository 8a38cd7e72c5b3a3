import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { measureFormValues } from "./form-values";
import { saveMeasure, carryOverMeasure } from "./actions/measure";
import { saveNode, archiveNode, moveNode } from "./actions/structure";

const GOAL = "plan-2019-2023-a2-g1";
const MEASURE = "plan-2019-2023-a2-g1-m1";
const editable = async (id = MEASURE) =>
  measureFormValues(await db.measure.findUniqueOrThrow({ where: { id }, include: { partners: true } }));
const counts = async () => ({
  measures: await db.measure.count(),
  audit: await db.auditLog.count(),
  goals: await db.goal.count(),
});

describe("measures", () => {
  it("creates a measure with a code under its goal, searchable without diacritics", async () => {
    await actAs("coordinator");
    const result = await saveMeasure({
      goalId: GOAL,
      code: "2.1.9",
      title: "Sdílené úvazky pro rodiče",
      status: "NOT_STARTED",
      plannedBudget: "125 000,50",
      startDate: "2025-01-01",
      deadline: "2026-12-31",
      partnerIds: ["org-naruc"],
    });
    expect(result.ok).toBe(true);
    const created = await db.measure.findFirstOrThrow({
      where: { code: "2.1.9", planId: "plan-2019-2023" },
      include: { partners: true },
    });
    expect(created).toMatchObject({
      plannedBudgetHaler: 12_500_050n,
      searchText: "2.1.9 sdilene uvazky pro rodice",
      version: 1,
    });
    expect(created.partners.map((p) => p.organisationId)).toEqual(["org-naruc"]);
  });

  it.each([
    ["a code outside its goal", { code: "3.1.1" }, "code", "codeFormat"],
    ["a code already used in the plan", { code: "2.1.2" }, "code", "duplicateCode"],
    ["a delayed status without a reason", { status: "DELAYED", statusReason: "" }, "statusReason", "reasonRequired"],
    [
      "a deadline before the start",
      { startDate: "2024-05-01", deadline: "2024-01-01" },
      "deadline",
      "deadlineBeforeStart",
    ],
    ["a negative budget", { plannedBudget: "-5" }, "plannedBudget", "invalid_money"],
    ["an absurd budget", { plannedBudget: "99 999 999 999 999" }, "plannedBudget", "invalid_money"],
    ["a 31st of February", { deadline: "2025-02-31" }, "deadline", "invalid_date"],
    ["progress over 100 %", { progressPercent: "150" }, "progressPercent", "too_big|100"],
  ])("refuses %s with a field error and writes nothing", async (_label, change, field, message) => {
    await actAs("coordinator");
    const before = await counts();
    const result = await saveMeasure({ ...(await editable()), ...change });
    expect(result).toMatchObject({ ok: false, error: "validation" });
    expect(result.ok === false && result.fieldErrors?.[field]).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it.each(["council", "memberA", "admin"] as const)("refuses %s calling the edit action directly", async (who) => {
    await actAs(who);
    const before = await editable();
    expect(await saveMeasure({ ...before, title: "Přepsáno" })).toEqual({ ok: false, error: "forbidden" });
    expect(await editable()).toEqual(before);
  });

  it("refuses the second of two concurrent edits and returns the current values", async () => {
    await actAs("coordinator");
    const [first, second] = [await editable(), await editable()];
    const saved = await saveMeasure({ ...first, title: "Upraveno první koordinátorkou" });
    expect(saved).toMatchObject({ ok: true, data: { version: first.version! + 1 } });
    const late = await saveMeasure({ ...second, title: "Upraveno podruhé" });
    expect(late).toMatchObject({
      ok: false,
      error: "staleVersion",
      details: { current: { title: "Upraveno první koordinátorkou", version: first.version! + 1 } },
    });
    expect((await db.measure.findUniqueOrThrow({ where: { id: MEASURE } })).title).toBe(
      "Upraveno první koordinátorkou",
    );
  });

  it("carries an unfinished measure over into the next plan, linked, with its indicators, once", async () => {
    await actAs("coordinator");
    const source = await db.measure.findFirstOrThrow({
      where: { planId: "plan-2019-2023", status: "NOT_STARTED" },
      include: { indicators: true },
    });
    const target = "plan-2024-2028-a4-g1";
    const result = await carryOverMeasure({ measureId: source.id, goalId: target });
    expect(result.ok).toBe(true);
    const copy = await db.measure.findFirstOrThrow({
      where: { carriedOverFromId: source.id },
      include: { indicators: true },
    });
    expect(copy).toMatchObject({
      planId: "plan-2024-2028",
      goalId: target,
      title: source.title,
      status: "IN_PROGRESS",
    });
    expect(copy.indicators.map((i) => i.name)).toEqual(source.indicators.map((i) => i.name));
    expect(await carryOverMeasure({ measureId: source.id, goalId: target })).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { goalId: ["alreadyCarriedOver"] },
    });
  });
});

describe("areas and goals", () => {
  it("creates a goal whose code continues its area's, refuses a wrong one", async () => {
    await actAs("coordinator");
    expect(
      await saveNode({ kind: "goal", parentId: "plan-2019-2023-a3", code: "3.3", title: "Nový cíl" }),
    ).toMatchObject({ ok: true });
    expect(
      await saveNode({ kind: "goal", parentId: "plan-2019-2023-a3", code: "4.3", title: "Špatný kód" }),
    ).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { code: ["codeFormat"] },
    });
    expect(await saveNode({ kind: "area", parentId: "plan-2019-2023", code: "1", title: "Duplicitní" })).toMatchObject({
      ok: false,
      fieldErrors: { code: ["duplicateCode"] },
    });
  });

  it("reorders goals and archives instead of deleting", async () => {
    await actAs("coordinator");
    const area = "plan-2019-2023-a1";
    const order = async () =>
      (await db.goal.findMany({ where: { areaId: area, archivedAt: null }, orderBy: { sortOrder: "asc" } })).map(
        (g) => g.code,
      );
    expect(await order()).toEqual(["1.1", "1.2"]);
    await moveNode({ kind: "goal", id: `${area}-g2`, direction: "up" });
    expect(await order()).toEqual(["1.2", "1.1"]);
    await archiveNode({ kind: "goal", id: `${area}-g2` });
    expect(await order()).toEqual(["1.1"]);
    expect(await db.goal.count({ where: { id: `${area}-g2` } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "archive", entityId: `${area}-g2` } })).toBe(1);
  });
});

describe("indicators", () => {
  it("edits an indicator with yearly targets, replacing them on the next save", async () => {
    const { saveIndicator } = await import("./actions/measure");
    await actAs("coordinator");
    const id = "plan-2019-2023-a1-g1-m1-i1";
    const base = {
      id,
      measureId: "plan-2019-2023-a1-g1-m1",
      name: "Počet absolventů kurzů",
      unit: "osoby",
      direction: "HIGHER_IS_BETTER" as const,
      baselineValue: "0",
      baselineYear: "2018",
      targetValue: "240",
      targetDate: "2023-12-31",
    };
    expect(
      await saveIndicator({
        ...base,
        yearlyTargets: [
          { year: "2019", value: "40" },
          { year: "2020", value: "90" },
        ],
      }),
    ).toMatchObject({ ok: true });
    expect(
      (await db.indicatorYearTarget.findMany({ where: { indicatorId: id }, orderBy: { year: "asc" } })).map((y) => [
        y.year,
        y.value,
      ]),
    ).toEqual([
      [2019, 40],
      [2020, 90],
    ]);
    expect(await saveIndicator({ ...base, yearlyTargets: [{ year: "2021", value: "150" }] })).toMatchObject({
      ok: true,
    });
    expect(await db.indicatorYearTarget.count({ where: { indicatorId: id } })).toBe(1);
    expect(await saveIndicator({ ...base, measureId: "plan-2019-2023-a1-g1-m2" })).toMatchObject({
      ok: false,
      error: "notFound",
    });
    expect(await saveIndicator({ ...base, targetValue: "nekonečno" })).toMatchObject({
      ok: false,
      error: "validation",
    });
  });
});
