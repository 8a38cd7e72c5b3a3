import "server-only";
// Helpers of the action-plan actions, used inside their transactions.
import { UserError } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";
import type { MeasureStatus } from "@/lib/db/generated/sqlite/enums";
import { now } from "@/lib/clock";

/**
 * Loads an action plan for a change of it or of its activities, touching it first: the update takes the row's write
 * lock (PostgreSQL) or the database's (SQLite), so an approval and an added activity, or two copies into the same
 * year, cannot interleave; the state read afterwards is the committed one.
 */
export async function lockActionPlan(tx: Tx, id: string) {
  try {
    return await tx.actionPlan.update({
      where: { id },
      data: { updatedAt: now() },
      include: { plan: { select: { yearFrom: true, yearTo: true } } },
    });
  } catch (error) {
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2025")
      throw new UserError("notFound");
    throw error;
  }
}

/** An activity that is not archived, or notFound. */
export async function liveActivity(tx: Tx, id: string) {
  const activity = await tx.actionPlanActivity.findUnique({ where: { id } });
  if (!activity || activity.archivedAt) throw new UserError("notFound");
  return activity;
}

/** What an unfinished activity becomes in next year's draft: the same work, with what is left of its budget. */
export function carriedOver(status: MeasureStatus, planned: bigint | null, spent: bigint | null) {
  const left = planned === null ? null : planned - (spent ?? 0n);
  return {
    status: (status === "NOT_STARTED" ? "NOT_STARTED" : "IN_PROGRESS") as MeasureStatus,
    plannedBudgetHaler: left === null ? null : left > 0n ? left : 0n,
  };
}

/** Audit payload of an activity: its editable fields, budgets as strings (JSON has no bigint). */
export const activityAudit = (a: {
  title: string;
  measureId: string;
  status: MeasureStatus;
  plannedBudgetHaler: bigint | null;
  spentBudgetHaler: bigint | null;
  archivedAt?: Date | null;
  copiedFromId?: string | null;
}) => ({
  title: a.title,
  measureId: a.measureId,
  status: a.status,
  plannedBudgetHaler: a.plannedBudgetHaler?.toString() ?? null,
  spentBudgetHaler: a.spentBudgetHaler?.toString() ?? null,
  archivedAt: a.archivedAt ?? null,
  copiedFromId: a.copiedFromId ?? null,
});
