import { describe, expect, it } from "vitest";
import { addActivitySchema, approveActionPlanSchema, RESOLUTION_NO, toHaler } from "./schema";
import { carriedOver } from "./write";

const activity = {
  actionPlanId: "ap",
  measureId: "m",
  title: "Beseda",
  responsible: "OSV KÚ LK",
  status: "NOT_STARTED",
};
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe("action plan schemas", () => {
  it("take money in Czech notation, from 0 to 1 000 000 000 Kč, or empty", () => {
    for (const ok of ["", "0", "12 500,50", "329693.55", "1 000 000 000 Kč"])
      expect(addActivitySchema.safeParse({ ...activity, plannedBudget: ok }).success, ok).toBe(true);
    for (const bad of ["-1", "1 000 000 000,01", "12,345", "dvacet", "1e6"])
      expect(messages(addActivitySchema.safeParse({ ...activity, plannedBudget: bad })), bad).toEqual(["money"]);
    expect(toHaler("7 025 696,25")).toBe(702_569_625n);
    expect(toHaler("")).toBeNull();
  });

  it("need a date and a Council resolution number only for approval", () => {
    expect(approveActionPlanSchema.safeParse({ actionPlanId: "ap", state: "DRAFT" }).success).toBe(true);
    expect(messages(approveActionPlanSchema.safeParse({ actionPlanId: "ap", state: "APPROVED" }))).toEqual([
      "approvedOnRequired",
      "resolutionRequired",
    ]);
    for (const ok of ["3373/22/R52", "254/25/RK", "318/18/ZK"]) expect(RESOLUTION_NO.test(ok), ok).toBe(true);
    for (const bad of ["3373/2022/R52", "RK 254/25", "254/25/", "254/25/rk"])
      expect(RESOLUTION_NO.test(bad), bad).toBe(false);
  });
});

describe("carrying an activity into next year", () => {
  it("keeps what is left of its budget and restarts a late activity as in progress", () => {
    expect(carriedOver("DELAYED", 75_000_00n, 30_000_00n)).toEqual({
      status: "IN_PROGRESS",
      plannedBudgetHaler: 45_000_00n,
    });
    expect(carriedOver("NOT_STARTED", 10n, null)).toEqual({ status: "NOT_STARTED", plannedBudgetHaler: 10n });
    expect(carriedOver("IN_PROGRESS", 10n, 25n)).toEqual({ status: "IN_PROGRESS", plannedBudgetHaler: 0n });
    expect(carriedOver("IN_PROGRESS", null, 25n)).toEqual({ status: "IN_PROGRESS", plannedBudgetHaler: null });
  });
});
