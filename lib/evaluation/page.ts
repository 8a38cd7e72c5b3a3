import "server-only";
// Everything the evaluation page shows for a plan, a year and an optional version (?verze=N); null = not found.
// The figures are the shown version's: frozen when it was approved, otherwise live as at 31 December of the year.
import { yearIsOver } from "./figures";
import { evaluationPlan, versionReport } from "./report";
import { evaluationVersion, evaluationVersions } from "./versions";
import { now } from "@/lib/clock";

export async function evaluationPage(planId: string, yearParam: string, versionParam?: string, today = now()) {
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : NaN;
  const requested =
    versionParam === undefined ? undefined : /^\d{1,6}$/.test(versionParam) ? Number(versionParam) : NaN;
  if (Number.isNaN(year) || Number.isNaN(requested)) return null;
  const plan = await evaluationPlan(planId, year);
  if (!plan) return null;
  const [versions, shown] = await Promise.all([
    evaluationVersions(planId, year),
    evaluationVersion(planId, year, requested),
  ]);
  if (requested !== undefined && !shown) return null;
  const { report, frozen, unreadable } = await versionReport(plan, year, shown, today);
  const latest = versions[0]?.version ?? 0;
  const old = !!shown && shown.version !== latest;
  return {
    report,
    versions,
    shown,
    latest,
    old,
    frozen,
    unreadable,
    /** The latest version may be approved once its year is over, and only once. */
    approvable: !!shown && !old && !shown.approved && yearIsOver(year, today),
    yearOver: yearIsOver(year, today),
  };
}

export type EvaluationPage = NonNullable<Awaited<ReturnType<typeof evaluationPage>>>;
