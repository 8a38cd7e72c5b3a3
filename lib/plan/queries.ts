import "server-only";
import { db } from "@/lib/db";
import type { MeasureStatus } from "@/lib/db/generated/sqlite/enums";
import { MEASURE_STATUSES } from "./status";

/** The adopted plan with the latest period. */
export function currentPlan() {
  return db.plan.findFirst({ where: { state: "ADOPTED" }, orderBy: { yearFrom: "desc" } });
}

export async function measureStatusCounts(planId: string): Promise<Record<MeasureStatus, number>> {
  const rows = await db.measure.groupBy({ by: ["status"], where: { planId, archivedAt: null }, _count: true });
  const counts = Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 0])) as Record<MeasureStatus, number>;
  for (const row of rows) counts[row.status] = row._count;
  return counts;
}

export function listPlans() {
  return db.plan.findMany({ orderBy: { yearFrom: "desc" } });
}
