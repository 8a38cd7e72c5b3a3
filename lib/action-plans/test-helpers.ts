// Shared by the action-plan integration tests (not shipped code).
import { expect } from "vitest";
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/errors";

/** Every action-plan row and the audit count: a refused or invalid call must leave all of it as it was. */
export const snapshot = async () => ({
  plans: await db.actionPlan.findMany({ orderBy: { id: "asc" } }),
  activities: await db.actionPlanActivity.findMany({ orderBy: { id: "asc" } }),
  audit: await db.auditLog.count(),
});

/** A validation failure, with `key` reported under `field` (by zod or by the action). */
export function expectFieldError(result: ActionResult<unknown>, field: string, key: string) {
  expect(result).toMatchObject({ ok: false, error: "validation" });
  if (result.ok) return;
  const fieldErrors = result.fieldErrors ?? (result.details?.fieldErrors as Record<string, string[]> | undefined);
  expect(fieldErrors?.[field]).toContain(key);
}

export const ACTIVITY = {
  title: "Beseda o pěstounské péči v Jilemnici",
  description: "Beseda pro veřejnost v rámci Týdne náhradního rodičovství.",
  responsible: "Odbor sociálních věcí KÚ LK",
  organisationId: "org-naruc",
  plannedBudget: "12 500,50",
  indicatorText: "Počet účastníků: 30",
  status: "NOT_STARTED" as const,
};
