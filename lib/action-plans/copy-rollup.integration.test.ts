import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { copyUnfinished, createActionPlan, updateActionPlan, updateActivity } from "./actions";
import { actionPlanRollUp, listActionPlans, measureActivitySummary } from "./queries";
import { actionPlanId, seedActionPlans } from "./seed";
import { snapshot } from "./test-helpers";

const PLAN = "plan-2024-2028";
const RECRUITMENT = "plan-2024-2028-plan-2019-2023-a4-g1-m1";
const WORK = "plan-2024-2028-plan-2019-2023-a1-g1-m3";
const kc = (value: number) => BigInt(Math.round(value * 100));

beforeAll(() => seedActionPlans(db));
beforeEach(() => actAs("coordinator"));

describe("roll-up of an action plan to its measures", () => {
  it("counts completed among non-cancelled activities and sums budgets in the database", async () => {
    const { measures, total } = await actionPlanRollUp(actionPlanId(2024));
    expect(measures[RECRUITMENT]).toEqual({
      counted: 2,
      completed: 2,
      cancelled: 0,
      fulfilment: 1,
      planned: kc(240_000),
      spent: kc(229_550.5),
    });
    expect(measures[WORK]).toMatchObject({ counted: 0, cancelled: 1, fulfilment: null, planned: 0n, spent: 0n });
    expect(total).toMatchObject({ counted: 6, completed: 4, fulfilment: 4 / 6 });
  });

  it("agrees with the activities summed one by one, for every action plan", async () => {
    for (const plan of (await listActionPlans()).find((p) => p.id === PLAN)!.actionPlans) {
      const rows = await db.actionPlanActivity.findMany({ where: { actionPlanId: plan.id, archivedAt: null } });
      const counted = rows.filter((r) => r.status !== "CANCELLED");
      expect(plan.fulfilment.counted).toBe(counted.length);
      expect(plan.fulfilment.completed).toBe(counted.filter((r) => r.status === "COMPLETED").length);
      expect(plan.fulfilment.planned).toBe(counted.reduce((s, r) => s + (r.plannedBudgetHaler ?? 0n), 0n));
      expect(plan.fulfilment.spent).toBe(rows.reduce((s, r) => s + (r.spentBudgetHaler ?? 0n), 0n));
    }
  });

  it("follows one measure across the years and moves when an activity is done", async () => {
    const before = await measureActivitySummary(RECRUITMENT);
    expect(before.map((y) => [y.year, y.counted, y.completed])).toEqual([
      [2024, 2, 2],
      [2025, 2, 1],
      [2026, 2, 0],
    ]);
    await updateActivity({ activityId: `${actionPlanId(2026)}-04`, status: "COMPLETED", spentBudget: "199 000" });
    const after = (await measureActivitySummary(RECRUITMENT)).find((y) => y.year === 2026)!;
    expect(after).toMatchObject({ completed: 1, fulfilment: 0.5, spent: kc(199_000), planned: kc(245_000) });
  });
});

describe("copying unfinished activities into next year", () => {
  it("finds the demo's 2025 → 2026 copies already made and copies nothing", async () => {
    const before = await snapshot();
    expect(await copyUnfinished({ fromActionPlanId: actionPlanId(2025) })).toEqual({
      ok: true,
      data: { actionPlanId: actionPlanId(2026), year: 2026, copied: 0, skipped: 3 },
    });
    expect((await snapshot()).activities).toEqual(before.activities);
  });

  it("creates next year's draft, copies only unfinished ones with copiedFromId, and is idempotent", async () => {
    const from = actionPlanId(2026);
    await updateActivity({ activityId: `${from}-05`, status: "CANCELLED" });
    const first = await copyUnfinished({ fromActionPlanId: from });
    if (!first.ok) throw new Error(first.error);
    const target = await db.actionPlan.findUniqueOrThrow({ where: { planId_year: { planId: PLAN, year: 2027 } } });
    expect(target.state).toBe("DRAFT");
    const unfinished = await db.actionPlanActivity.findMany({
      where: { actionPlanId: from, archivedAt: null, status: { notIn: ["COMPLETED", "CANCELLED"] } },
    });
    const copies = await db.actionPlanActivity.findMany({ where: { actionPlanId: target.id } });
    expect(first.data).toMatchObject({ actionPlanId: target.id, copied: unfinished.length, skipped: 0 });
    expect(copies.map((c) => c.copiedFromId).sort()).toEqual(unfinished.map((u) => u.id).sort());
    const video = copies.find((c) => c.copiedFromId === `${from}-02`)!;
    expect(video).toMatchObject({ status: "IN_PROGRESS", plannedBudgetHaler: kc(45_000), spentBudgetHaler: null });

    const before = await snapshot();
    expect(await copyUnfinished({ fromActionPlanId: from })).toMatchObject({
      ok: true,
      data: { copied: 0, skipped: unfinished.length },
    });
    expect(await snapshot()).toEqual({ ...before, plans: expect.any(Array) }); // only the target's updatedAt is touched
    expect((await snapshot()).plans.map((p) => p.id)).toEqual(before.plans.map((p) => p.id));
  });

  it("refuses to copy into an approved year or past the plan's last year", async () => {
    await updateActionPlan({
      actionPlanId: actionPlanId(2026),
      state: "APPROVED",
      approvedOn: "2026-02-16",
      resolutionNo: "301/26/RK",
    });
    const approved2026 = await snapshot();
    expect(await copyUnfinished({ fromActionPlanId: actionPlanId(2025) })).toMatchObject({
      ok: false,
      error: "invalidTransition",
    });
    expect(await snapshot()).toEqual(approved2026);

    const created = await createActionPlan({ planId: PLAN, year: 2028 });
    if (!created.ok) throw new Error(created.error);
    const before = await snapshot();
    expect(await copyUnfinished({ fromActionPlanId: created.data.id })).toMatchObject({
      ok: false,
      error: "invalidTransition",
    });
    expect(await copyUnfinished({ fromActionPlanId: "no-such-plan" })).toMatchObject({ ok: false, error: "notFound" });
    expect(await snapshot()).toEqual(before);
  });
});
