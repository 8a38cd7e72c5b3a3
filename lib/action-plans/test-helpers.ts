// Shared by the action-plan integration tests (not shipped code).
import { db } from "@/lib/db";

/** Every action-plan row and the audit count: a refused or invalid call must leave all of it as it was. */
export const snapshot = async () => ({
  plans: await db.actionPlan.findMany({ orderBy: { id: "asc" } }),
  activities: await db.actionPlanActivity.findMany({ orderBy: { id: "asc" } }),
  audit: await db.auditLog.count(),
});

export const ACTIVITY = {
  title: "Beseda o pěstounské péči v Jilemnici",
  description: "Beseda pro veřejnost v rámci Týdne náhradního rodičovství.",
  responsible: "Odbor sociálních věcí KÚ LK",
  organisationId: "org-naruc",
  plannedBudget: "12 500,50",
  indicatorText: "Počet účastníků: 30",
  status: "NOT_STARTED" as const,
};
