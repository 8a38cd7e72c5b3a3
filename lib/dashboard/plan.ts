import "server-only";
import { db } from "@/lib/db";
import { currentPlan } from "@/lib/plan/queries";
import { planTreeWithProgress, type PlanTreeArea } from "@/lib/plan/tree";
import { indicatorProgress } from "@/lib/plan/progress";
import { MEASURE_STATUSES } from "@/lib/plan/status";
import { overdueWhere } from "@/lib/plan/overdue";
import { SIGNALS } from "@/lib/signal";
import { now } from "@/lib/clock";

/** The strategic-plan part of the dashboard: status and signal counts, progress per area, overdue measures and the
 * indicators closest to and furthest from their targets. Of the current plan unless `planId` names another. */
export async function planDashboard(areaId: string | undefined, today = now(), planId?: string) {
  const plan = planId ? await db.plan.findUnique({ where: { id: planId } }) : await currentPlan();
  if (!plan) return null;
  return planSummary(plan, await planTreeWithProgress(plan.id, today), areaId, today);
}

/** The same figures from a plan tree already loaded (the council report loads it once for all its sections). */
export async function planSummary(
  plan: { id: string; name: string },
  tree: PlanTreeArea[],
  areaId: string | undefined,
  today: Date,
) {
  const overdueRows = await db.measure.findMany({
    where: { planId: plan.id, ...overdueWhere(today) },
    select: { id: true },
  });
  const areas = tree.filter((a) => !areaId || a.id === areaId);
  const overdueIds = new Set(overdueRows.map((m) => m.id));
  const measures = areas.flatMap((a) => a.goals.flatMap((g) => g.measures));
  const indicators = measures.flatMap((m) => m.indicators.map((i) => ({ ...i, measure: { id: m.id, code: m.code } })));
  const ranked = indicators
    .map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      measure: i.measure,
      target: i.targetValue,
      actual: i.values[0]?.value ?? null,
      progress: indicatorProgress(i, i.direction),
    }))
    .filter((i): i is typeof i & { progress: number } => i.progress !== null)
    .sort((a, b) => b.progress - a.progress);
  return {
    plan: { id: plan.id, name: plan.name },
    areas: areas.map((a) => ({ id: a.id, code: a.code, title: a.title, progress: a.progress })),
    statusCounts: MEASURE_STATUSES.map((status) => ({
      status,
      count: measures.filter((m) => m.status === status).length,
    })),
    signalCounts: SIGNALS.map((signal) => ({ signal, count: measures.filter((m) => m.signal === signal).length })),
    overdue: measures
      .filter((m) => overdueIds.has(m.id))
      .sort((a, b) => a.deadline!.getTime() - b.deadline!.getTime())
      .map((m) => ({ id: m.id, code: m.code, title: m.title, deadline: m.deadline!, status: m.status })),
    closest: ranked.slice(0, 5),
    furthest: ranked.slice(-5).reverse(),
    measureCount: measures.length,
  };
}

export type PlanDashboard = Awaited<ReturnType<typeof planSummary>>;

/** Regional context: applications filed per kind of care and children in institutional care, per year (only `year`'s
 * when the dashboard is filtered to a year). */
export async function careContext(year?: number) {
  const where = { quarter: 0, ...(year ? { year } : {}) };
  const [care, children] = await Promise.all([
    db.careStatistic.groupBy({
      by: ["year", "careKind"],
      where,
      _sum: { applicationsFiled: true, childrenPlaced: true },
      orderBy: { year: "asc" },
    }),
    db.childrenStatistic.findMany({ where, orderBy: { year: "asc" } }),
  ]);
  const years = [...new Set([...care.map((c) => c.year), ...children.map((c) => c.year)])].sort();
  const filed = (year: number, kind: string) =>
    care.find((c) => c.year === year && c.careKind === kind)?._sum.applicationsFiled ?? null;
  return years.map((year) => ({
    year,
    adoption: filed(year, "ADOPTION"),
    foster: filed(year, "FOSTER"),
    temporary: filed(year, "TEMPORARY_FOSTER"),
    institutional: children.find((c) => c.year === year)?.childrenInInstitutionalCare ?? null,
    seeking: children.find((c) => c.year === year)?.childrenSeekingFamily ?? null,
  }));
}
