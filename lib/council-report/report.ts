import "server-only";
// The data of the council report, from the dashboards' own queries (the same figures as the overview), plus what a
// report needs beyond them: every indicator of the plan and the stated reasons of delayed or cancelled measures.
import { db } from "@/lib/db";
import { planDashboard } from "@/lib/dashboard/plan";
import { recruitmentDashboard } from "@/lib/dashboard/recruitment";
import { rollUpMeasures } from "@/lib/plan/evaluate";
import { latestValuesOfPlan } from "@/lib/plan/latest-values";
import { indicatorProgress } from "@/lib/plan/progress";
import { currentPlan } from "@/lib/plan/queries";
import { planTreeWithProgress } from "@/lib/plan/tree";
import { selectableYears, type ReportPeriod } from "./period";

const byCode = (a: string, b: string) => a.localeCompare(b, "cs", { numeric: true });

/** NRP programmes; a year's report shows the one running in that year, the whole-period report the current one. */
const nrpProgrammes = () =>
  db.programme.findMany({ where: { code: { startsWith: "NRP" }, active: true }, orderBy: { periodStart: "asc" }, select: { id: true, periodStart: true, periodEnd: true } });

/**
 * Every indicator of the plan with its latest value, in the order of the measure codes. The latest values come from
 * one query over the plan (a nested `values: { take: 1 }` sends the indicator ids as bound parameters, past
 * SQLite's limit for a large plan).
 */
async function planIndicators(planId: string) {
  const [rows, latest] = await Promise.all([
    db.indicator.findMany({
      where: { archivedAt: null, measure: { planId, archivedAt: null } },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, name: true, unit: true, direction: true, baselineValue: true, targetValue: true, measure: { select: { code: true } } },
    }),
    latestValuesOfPlan(planId),
  ]);
  return rows
    .map((i) => {
      const value = latest.get(i.id);
      return {
        id: i.id, code: i.measure.code, name: i.name, unit: i.unit, baseline: i.baselineValue, target: i.targetValue,
        actual: value?.value ?? null, measuredOn: value?.measuredOn ?? null, progress: indicatorProgress({ ...i, values: value ? [value] : [] }, i.direction),
      };
    })
    .sort((a, b) => byCode(a.code, b.code));
}

async function statusReasons(planId: string) {
  const rows = await db.measure.findMany({ where: { planId, archivedAt: null, statusReason: { not: null } }, select: { id: true, statusReason: true } });
  return new Map(rows.map((r) => [r.id, r.statusReason]));
}

export async function councilReport(period: ReportPeriod, today = new Date()) {
  const [plan, programmes] = await Promise.all([currentPlan(), nrpProgrammes()]);
  const year = period.year;
  const programme = year === null ? undefined : programmes.find((p) => p.periodStart.getUTCFullYear() <= year && year <= p.periodEnd.getUTCFullYear());
  const [planView, tree, reasons, indicators, recruitment] = await Promise.all([
    planDashboard(undefined, today),
    plan ? planTreeWithProgress(plan.id, today) : [],
    plan ? statusReasons(plan.id) : new Map<string, string | null>(),
    plan ? planIndicators(plan.id) : [],
    recruitmentDashboard({ programmeId: programme?.id, year: year ?? undefined }, today),
  ]);
  const areas = tree.map((a) => ({
    ...a,
    measures: a.goals.flatMap((g) => g.measures).map((m) => ({ ...m, statusReason: reasons.get(m.id) ?? null })),
  }));
  const spans = [
    ...(plan ? [{ from: plan.yearFrom, to: plan.yearTo }] : []),
    ...programmes.map((p) => ({ from: p.periodStart.getUTCFullYear(), to: p.periodEnd.getUTCFullYear() })),
  ];
  return {
    period, today,
    years: selectableYears(spans, today.getUTCFullYear()),
    plan: plan && planView ? { name: plan.name, yearFrom: plan.yearFrom, yearTo: plan.yearTo, ...planView } : null,
    planProgress: rollUpMeasures(areas.flatMap((a) => a.measures)),
    areas,
    indicators,
    recruitment,
  };
}

export type CouncilReport = Awaited<ReturnType<typeof councilReport>>;
