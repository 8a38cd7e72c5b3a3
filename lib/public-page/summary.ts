import "server-only";
// What the public page shows: aggregates only, from the dashboards' queries (confirmed activities of the running
// programme, measures of the adopted plan). No names, no drafts, no single events.
import { planDashboard } from "@/lib/dashboard/plan";
import { recruitmentDashboard } from "@/lib/dashboard/recruitment";
import { now } from "@/lib/clock";

export async function publicSummary(today = now()) {
  const [recruitment, plan] = await Promise.all([recruitmentDashboard({}, today), planDashboard(undefined, today)]);
  return {
    today,
    recruitment: recruitment && {
      programme: recruitment.programme.name,
      periodStart: recruitment.programme.periodStart,
      periodEnd: recruitment.programme.periodEnd,
      done: recruitment.forecast.done,
      target: recruitment.programme.totalTarget,
      label: recruitment.forecast.label,
    },
    plan: plan && {
      name: plan.plan.name,
      measureCount: plan.measureCount,
      statusCounts: plan.statusCounts,
      areas: plan.areas.map(({ id, code, title, progress }) => ({ id, code, title, progress })),
    },
  };
}

export type PublicSummary = Awaited<ReturnType<typeof publicSummary>>;
