import "server-only";
// What a yearly evaluation reports for a plan and a year: the plan, and the figures (./figures) either live as at
// 31 December of the year (a draft) or as frozen when a version was approved (its snapshot).
import { db } from "@/lib/db";
import { evaluationAsOf, evaluationFigures, type EvaluationFigures } from "./figures";
import type { ShownVersion } from "./versions";
import { now } from "@/lib/clock";

/** The plan, when the year lies in its period; null otherwise. */
export async function evaluationPlan(planId: string, year: number) {
  const plan = await db.plan.findUnique({
    where: { id: planId },
    select: { id: true, name: true, yearFrom: true, yearTo: true, state: true },
  });
  return plan && Number.isInteger(year) && year >= plan.yearFrom && year <= plan.yearTo ? plan : null;
}

type Plan = NonNullable<Awaited<ReturnType<typeof evaluationPlan>>>;
export type EvaluationReport = { plan: Plan; year: number } & EvaluationFigures;

/** The live report (a draft's): figures as at 31 December of the year, or as at `today` while the year runs. */
export async function evaluationReport(planId: string, year: number, today = now()): Promise<EvaluationReport | null> {
  const plan = await evaluationPlan(planId, year);
  return plan ? { plan, year, ...(await evaluationFigures(planId, year, evaluationAsOf(year, today))) } : null;
}

/**
 * The report of one version: an approved version's frozen figures, otherwise the live ones. `frozen` says which;
 * an approved version whose snapshot cannot be read falls back to the live figures with `unreadable` set.
 */
export async function versionReport(plan: Plan, year: number, version: ShownVersion | null, today = now()) {
  const stored = version?.approved?.figures ?? null;
  const figures = stored ?? (await evaluationFigures(plan.id, year, evaluationAsOf(year, today)));
  return {
    report: { plan, year, ...figures } satisfies EvaluationReport,
    frozen: !!stored,
    unreadable: !!version?.approved && !stored,
  };
}
