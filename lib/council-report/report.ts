import "server-only";
// The data of the council report, from the dashboards' own queries (the same figures as the overview), plus what a
// report needs beyond them: every indicator of the plan and the stated reasons of delayed or cancelled measures.
import { db } from "@/lib/db";
import { planSummary } from "@/lib/dashboard/plan";
import { recruitmentDashboard } from "@/lib/dashboard/recruitment";
import { rollUpMeasures } from "@/lib/plan/evaluate";
import { indicatorProgress } from "@/lib/plan/progress";
import { planTreeWithProgress, type PlanTreeArea } from "@/lib/plan/tree";
import type { ReportPeriod } from "./period";
import { compareText } from "@/lib/sort/collate";
import { now } from "@/lib/clock";

/** Every indicator of the plan with its latest value (typed or computed), in the order of the measure codes. */
function planIndicators(tree: PlanTreeArea[]) {
  return tree
    .flatMap((a) => a.goals.flatMap((g) => g.measures.flatMap((m) => m.indicators.map((i) => ({ i, code: m.code })))))
    .map(({ i, code }) => {
      const value = i.values[0];
      return {
        id: i.id,
        code,
        name: i.name,
        unit: i.unit,
        baseline: i.baselineValue,
        target: i.targetValue,
        actual: value?.value ?? null,
        measuredOn: value?.measuredOn ?? null,
        progress: indicatorProgress(i, i.direction),
      };
    })
    .sort((a, b) => compareText(a.code, b.code));
}

async function statusReasons(planId: string) {
  const rows = await db.measure.findMany({
    where: { planId, archivedAt: null, statusReason: { not: null } },
    select: { id: true, statusReason: true },
  });
  return new Map(rows.map((r) => [r.id, r.statusReason]));
}

/** What one report shows: a plan, a recruitment programme (null: none) and a year of them or the whole period. */
export type ReportSelection = { planId: string | null; programmeId: string | null; period: ReportPeriod };

export async function councilReport({ planId, programmeId, period }: ReportSelection, today = now()) {
  const year = period.year;
  // The plan tree is loaded once; the summary, the measures and the indicators are all read from it.
  const [plan, tree, reasons, recruitment, yearSlice] = await Promise.all([
    planId
      ? db.plan.findUnique({
          where: { id: planId },
          select: { id: true, name: true, yearFrom: true, yearTo: true, state: true },
        })
      : null,
    planId ? planTreeWithProgress(planId, today) : [],
    planId ? statusReasons(planId) : new Map<string, string | null>(),
    programmeId ? recruitmentDashboard({ programmeId }, today) : null,
    programmeId && year !== null ? recruitmentDashboard({ programmeId, year }, today) : null,
  ]);
  const planView = plan ? await planSummary(plan, tree, undefined, today) : null;
  const indicators = planIndicators(tree);
  const areas = tree.map((a) => ({
    ...a,
    measures: a.goals.flatMap((g) => g.measures).map((m) => ({ ...m, statusReason: reasons.get(m.id) ?? null })),
  }));
  return {
    period,
    today,
    plan: plan && planView ? { ...plan, ...planView } : null,
    planProgress: rollUpMeasures(areas.flatMap((a) => a.measures)),
    areas,
    indicators,
    /** The programme as a whole, as the dashboard shows it unfiltered. */
    recruitment,
    /** The reported period: the dashboard filtered to the year (its slice, funnel, organisations), or the whole. */
    inPeriod: yearSlice ?? recruitment,
  };
}

export type CouncilReport = Awaited<ReturnType<typeof councilReport>>;
