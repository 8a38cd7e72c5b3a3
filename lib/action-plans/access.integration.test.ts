import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import {
  addActivity,
  archiveActivity,
  copyUnfinished,
  createActionPlan,
  updateActionPlan,
  updateActivity,
} from "./actions";
import { actionPlanId, seedActionPlans } from "./seed";
import { ACTIVITY, snapshot } from "./test-helpers";

const DRAFT = actionPlanId(2026);
const MEASURE = "plan-2024-2028-plan-2019-2023-a4-g1-m1";
const ACTIVITY_ID = `${DRAFT}-04`;

// Every action, called directly with input that succeeds for the coordinator in this order (approval last).
const CALLS = {
  createActionPlan: () => createActionPlan({ planId: "plan-2024-2028", year: 2027 }),
  addActivity: () => addActivity({ ...ACTIVITY, actionPlanId: DRAFT, measureId: MEASURE }),
  updateActivity: () => updateActivity({ activityId: ACTIVITY_ID, status: "COMPLETED", spentBudget: "199 000" }),
  archiveActivity: () => archiveActivity({ activityId: ACTIVITY_ID }),
  copyUnfinished: () => copyUnfinished({ fromActionPlanId: DRAFT }),
  updateActionPlan: () =>
    updateActionPlan({ actionPlanId: DRAFT, state: "APPROVED", approvedOn: "2026-02-16", resolutionNo: "301/26/RK" }),
};

beforeAll(async () => {
  await seedActionPlans(db); // idempotent: also fine when the demo data already holds the action plans
});

describe("action plan actions called directly", () => {
  for (const who of ["council", "memberA", "admin"] as const) {
    it.each(Object.keys(CALLS) as (keyof typeof CALLS)[])(`refuse %s for ${who} and change nothing`, async (name) => {
      const before = await snapshot();
      await actAs(who);
      expect(await CALLS[name]()).toEqual({ ok: false, error: "forbidden" });
      expect(await snapshot()).toEqual(before);
    });
  }

  it.each(Object.keys(CALLS) as (keyof typeof CALLS)[])("refuse %s without a session", async (name) => {
    const before = await snapshot();
    await actAs(null);
    expect(await CALLS[name]()).toEqual({ ok: false, error: "unauthenticated" });
    expect(await snapshot()).toEqual(before);
  });

  it("all work for the coordinator, each with one audit entry or more", async () => {
    await actAs("coordinator");
    for (const name of Object.keys(CALLS) as (keyof typeof CALLS)[]) {
      const audit = await db.auditLog.count();
      expect(await CALLS[name](), name).toMatchObject({ ok: true });
      expect(await db.auditLog.count(), name).toBeGreaterThan(audit);
    }
  });
});
