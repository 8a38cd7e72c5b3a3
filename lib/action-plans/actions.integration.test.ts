import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { addActivity, archiveActivity, createActionPlan, updateActionPlan, updateActivity } from "./actions";
import { actionPlanId, seedActionPlans } from "./seed";
import { expectFieldError } from "@/lib/actions/test-helpers";
import { ACTIVITY, snapshot } from "./test-helpers";

const PLAN = "plan-2024-2028";
const DRAFT = actionPlanId(2026);
const MEASURE = "plan-2024-2028-plan-2019-2023-a4-g1-m1";
const add = (changes: Record<string, unknown> = {}) =>
  addActivity({ ...ACTIVITY, actionPlanId: DRAFT, measureId: MEASURE, ...changes });
const approve = (changes: Record<string, unknown> = {}) =>
  updateActionPlan({
    actionPlanId: DRAFT,
    state: "APPROVED",
    approvedOn: "2026-02-16",
    resolutionNo: "301/26/RK",
    ...changes,
  });

beforeAll(() => seedActionPlans(db));
beforeEach(() => actAs("coordinator"));

describe("creating an action plan", () => {
  it("rejects a year outside the plan, a second plan for a year and bad input, writing nothing", async () => {
    const before = await snapshot();
    expectFieldError(await createActionPlan({ planId: PLAN, year: 2023 }), "year", "yearOutsidePlan");
    expectFieldError(await createActionPlan({ planId: PLAN, year: 2029 }), "year", "yearOutsidePlan");
    expect(await createActionPlan({ planId: PLAN, year: 2025 })).toMatchObject({ ok: false, error: "conflict" });
    expect(await createActionPlan({ planId: "no-such-plan", year: 2025 })).toMatchObject({
      ok: false,
      error: "notFound",
    });
    expectFieldError(await createActionPlan({ planId: PLAN, year: "2027" }), "year", "invalid_type");
    expectFieldError(await createActionPlan({ planId: PLAN, year: 2027.5 }), "year", "invalid_type");
    expect(await snapshot()).toEqual(before);
  });

  it("creates a draft for a year of the plan, audited", async () => {
    const result = await createActionPlan({ planId: PLAN, year: 2028 });
    expect(result).toMatchObject({ ok: true });
    const created = await db.actionPlan.findUniqueOrThrow({ where: { planId_year: { planId: PLAN, year: 2028 } } });
    expect(created).toMatchObject({ state: "DRAFT", approvedOn: null, resolutionNo: null });
    expect(await db.auditLog.count({ where: { entity: "ActionPlan", entityId: created.id, action: "create" } })).toBe(
      1,
    );
  });
});

describe("adding an activity", () => {
  it("rejects a measure of another plan, bad budgets and missing fields, writing nothing", async () => {
    const before = await snapshot();
    expectFieldError(await add({ measureId: "plan-2019-2023-a1-g1-m1" }), "measureId", "measureNotInPlan");
    expectFieldError(await add({ measureId: "no-such-measure" }), "measureId", "measureNotInPlan");
    expectFieldError(await add({ plannedBudget: "-5 000" }), "plannedBudget", "money");
    expectFieldError(await add({ plannedBudget: "2 000 000 000" }), "plannedBudget", "money");
    expectFieldError(await add({ plannedBudget: "12,345" }), "plannedBudget", "money");
    expectFieldError(await add({ title: "   " }), "title", "required");
    expectFieldError(await add({ title: "x".repeat(201) }), "title", "too_big|200");
    expectFieldError(await add({ responsible: "" }), "responsible", "required");
    expectFieldError(await add({ status: "DONE" }), "status", "invalid_value");
    expectFieldError(await add({ organisationId: "org-unknown" }), "organisationId", "invalid_value");
    expect(await add({ actionPlanId: "no-such-plan" })).toMatchObject({ ok: false, error: "notFound" });
    expect(await snapshot()).toEqual(before);
  });

  it("stores the budget in haléře, places it last and audits it", async () => {
    const result = await add();
    if (!result.ok) throw new Error(result.error);
    const created = await db.actionPlanActivity.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(created).toMatchObject({
      plannedBudgetHaler: 1_250_050n,
      spentBudgetHaler: null,
      status: "NOT_STARTED",
      organisationId: "org-naruc",
    });
    const max = await db.actionPlanActivity.aggregate({ where: { actionPlanId: DRAFT }, _max: { sortOrder: true } });
    expect(created.sortOrder).toBe(max._max.sortOrder);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entity: "ActionPlanActivity", entityId: created.id } });
    expect(JSON.parse(entry.after!)).toMatchObject({ plannedBudgetHaler: "1250050", title: ACTIVITY.title });
  });
});

describe("approving an action plan", () => {
  it("needs a date within the year and a resolution number, and writes nothing otherwise", async () => {
    const before = await snapshot();
    expectFieldError(await approve({ resolutionNo: "" }), "resolutionNo", "resolutionRequired");
    expectFieldError(await approve({ resolutionNo: undefined }), "resolutionNo", "resolutionRequired");
    expectFieldError(await approve({ resolutionNo: "usnesení 5" }), "resolutionNo", "resolutionFormat");
    expectFieldError(await approve({ approvedOn: "" }), "approvedOn", "approvedOnRequired");
    expectFieldError(await approve({ approvedOn: "2026-02-30" }), "approvedOn", "date");
    expectFieldError(await approve({ approvedOn: "2020-02-16" }), "approvedOn", "approvedOnOutsideYear");
    expect(await approve({ actionPlanId: actionPlanId(2025), approvedOn: "2025-02-16" })).toMatchObject({
      ok: false,
      error: "invalidTransition",
    });
    expect(await approve({ state: "DRAFT" })).toMatchObject({ ok: false, error: "invalidTransition" });
    expect(await snapshot()).toEqual(before);
  });

  it("then takes status and spending, but no new activities, planned budgets or archiving", async () => {
    expect(await approve({ resolutionNo: "3373/26/R52" })).toMatchObject({ ok: true, data: { state: "APPROVED" } });
    const approved = await db.actionPlan.findUniqueOrThrow({ where: { id: DRAFT } });
    expect(approved.approvedOn?.toISOString()).toBe("2026-02-16T00:00:00.000Z");
    expect(approved.resolutionNo).toBe("3373/26/R52");

    const activityId = `${DRAFT}-04`;
    const before = await snapshot();
    expect(await add()).toMatchObject({ ok: false, error: "invalidTransition" });
    expect(await archiveActivity({ activityId })).toMatchObject({ ok: false, error: "invalidTransition" });
    expectFieldError(
      await updateActivity({ activityId, status: "COMPLETED", plannedBudget: "1" }),
      "plannedBudget",
      "approvedBudgetLocked",
    );
    expect(await snapshot()).toEqual(before);

    const done = await updateActivity({
      activityId,
      status: "COMPLETED",
      spentBudget: "198 765,40",
      plannedBudget: "200 000",
    });
    expect(done).toMatchObject({ ok: true, data: { status: "COMPLETED" } });
    expect(await db.actionPlanActivity.findUniqueOrThrow({ where: { id: activityId } })).toMatchObject({
      status: "COMPLETED",
      spentBudgetHaler: 19_876_540n,
      plannedBudgetHaler: 20_000_000n,
    });
  });
});

describe("archiving an activity", () => {
  it("keeps the row, hides it from the plan and cannot be repeated", async () => {
    const activityId = `${actionPlanId(2026)}-05`;
    const fresh = await db.actionPlan.findUniqueOrThrow({ where: { id: DRAFT } });
    if (fresh.state !== "DRAFT")
      await db.actionPlan.update({
        where: { id: DRAFT },
        data: { state: "DRAFT", approvedOn: null, resolutionNo: null },
      });
    expect(await archiveActivity({ activityId })).toEqual({ ok: true, data: { id: activityId } });
    expect((await db.actionPlanActivity.findUniqueOrThrow({ where: { id: activityId } })).archivedAt).toBeInstanceOf(
      Date,
    );
    expect(await archiveActivity({ activityId })).toMatchObject({ ok: false, error: "notFound" });
    expect(await updateActivity({ activityId, status: "COMPLETED" })).toMatchObject({ ok: false, error: "notFound" });
  });
});
