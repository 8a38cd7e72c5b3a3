import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { organisationChoices } from "@/lib/organisations/choices";
import { rollUpRows, total, type Fulfilment } from "./rollup";
import { compareText } from "@/lib/sort/collate";

type By = "measureId" | "actionPlanId";

/** Activities grouped in the database by `by` and status, with budget sums; archived ones are left out. */
async function grouped(by: By, where: Prisma.ActionPlanActivityWhereInput) {
  const rows = await db.actionPlanActivity.groupBy({
    by: [by, "status"],
    where: { ...where, archivedAt: null },
    _count: { _all: true },
    _sum: { plannedBudgetHaler: true, spentBudgetHaler: true },
  });
  return rollUpRows(
    rows.map((r) => ({
      key: r[by],
      status: r.status,
      count: r._count._all,
      planned: r._sum.plannedBudgetHaler,
      spent: r._sum.spentBudgetHaler,
    })),
  );
}

/** Per measure of one action plan: fulfilment and planned/spent budget; and the action plan as a whole. */
export async function actionPlanRollUp(
  actionPlanId: string,
): Promise<{ measures: Record<string, Fulfilment>; total: Fulfilment }> {
  const byMeasure = await grouped("measureId", { actionPlanId });
  return { measures: Object.fromEntries(byMeasure), total: total(byMeasure.values()) };
}

/** One measure's activities in every year's action plan: fulfilment and budget per year, oldest first. */
export async function measureActivitySummary(measureId: string) {
  const byPlan = await grouped("actionPlanId", { measureId });
  const plans = await db.actionPlan.findMany({
    where: { id: { in: [...byPlan.keys()] } },
    select: { id: true, year: true, state: true },
    orderBy: { year: "asc" },
  });
  return plans.map((p) => ({ actionPlanId: p.id, year: p.year, state: p.state, ...byPlan.get(p.id)! }));
}

/** Every plan period with its action plans, each with its overall fulfilment and activity count. */
export async function listActionPlans() {
  const plans = await db.plan.findMany({
    orderBy: { yearFrom: "desc" },
    select: {
      id: true,
      name: true,
      yearFrom: true,
      yearTo: true,
      actionPlans: {
        orderBy: { year: "desc" },
        select: { id: true, year: true, state: true, approvedOn: true, resolutionNo: true },
      },
    },
  });
  const fulfilment = await grouped("actionPlanId", {});
  return plans.map((plan) => ({
    ...plan,
    actionPlans: plan.actionPlans.map((ap) => ({ ...ap, fulfilment: fulfilment.get(ap.id) ?? total([]) })),
  }));
}

const byCode = (a: { code: string }, b: { code: string }) => compareText(a.code, b.code);

/** One action plan with its plan, activities grouped by measure, the measures to choose from and the roll-up. */
export async function actionPlanDetail(id: string) {
  const actionPlan = await db.actionPlan.findUnique({
    where: { id },
    include: { plan: { select: { id: true, name: true, yearFrom: true, yearTo: true } } },
  });
  if (!actionPlan) return null;
  const [activities, measures, organisations, rollUp, next] = await Promise.all([
    db.actionPlanActivity.findMany({
      where: { actionPlanId: id, archivedAt: null },
      orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
      include: { organisation: { select: { name: true } } },
    }),
    db.measure.findMany({
      where: { planId: actionPlan.planId, archivedAt: null },
      select: { id: true, code: true, title: true, responsibleBody: true },
    }),
    organisationChoices(),
    actionPlanRollUp(id),
    db.actionPlan.findUnique({
      where: { planId_year: { planId: actionPlan.planId, year: actionPlan.year + 1 } },
      select: { id: true, state: true },
    }),
  ]);
  measures.sort(byCode);
  const groups = measures
    .map((measure) => ({
      measure,
      activities: activities.filter((a) => a.measureId === measure.id),
      rollUp: rollUp.measures[measure.id],
    }))
    .filter((g) => g.activities.length > 0);
  return { actionPlan, groups, measures, organisations, total: rollUp.total, nextYear: next };
}

export type ActionPlanDetail = NonNullable<Awaited<ReturnType<typeof actionPlanDetail>>>;
