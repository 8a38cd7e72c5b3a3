import "server-only";
// Everything the evaluation page shows for a plan, a year and an optional version (?verze=N); null = not found.
import { evaluationReport } from "./report";
import { evaluationVersion, evaluationVersions } from "./versions";

export async function evaluationPage(planId: string, yearParam: string, versionParam?: string) {
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : NaN;
  const requested = versionParam === undefined ? undefined : /^\d{1,6}$/.test(versionParam) ? Number(versionParam) : NaN;
  if (Number.isNaN(year) || Number.isNaN(requested)) return null;
  const report = await evaluationReport(planId, year);
  if (!report) return null;
  const [versions, shown] = await Promise.all([evaluationVersions(planId, year), evaluationVersion(planId, year, requested)]);
  if (requested !== undefined && !shown) return null;
  const latest = versions[0]?.version ?? 0;
  return { report, versions, shown, latest, old: !!shown && shown.version !== latest };
}

export type EvaluationPage = NonNullable<Awaited<ReturnType<typeof evaluationPage>>>;
