import "server-only";
// What the yearly evaluation reports for a plan and a year: every measure with its status, progress and RAG (the
// plan tree) and the year's action-plan roll-up (activities completed of counted, planned and spent budget); and
// every counted-target programme running in that year with its confirmed count against the yearly sub-target.
import { db, type Db } from "@/lib/db";
import { planTreeWithProgress } from "@/lib/plan/tree";
import { actionPlanRollUp } from "@/lib/action-plans/queries";
import { countsByYear } from "@/lib/programmes/queries";

const yearSpan = (year: number) => ({ from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year, 11, 31)) });

/** Programmes whose period touches the year (the ones a comment may be written for). */
export function programmesOfYear(year: number, client: Pick<Db, "programme"> = db) {
  const { from, to } = yearSpan(year);
  return client.programme.findMany({
    where: { periodStart: { lte: to }, periodEnd: { gte: from } },
    orderBy: [{ sortOrder: "asc" }, { periodStart: "asc" }],
    select: { id: true, code: true, name: true },
  });
}

async function programmeRows(year: number) {
  const programmes = await programmesOfYear(year);
  const [targets, counts] = await Promise.all([
    db.programmeYearTarget.findMany({ where: { year, programmeId: { in: programmes.map((p) => p.id) } } }),
    Promise.all(programmes.map((p) => countsByYear(p.id))),
  ]);
  return programmes.map((p, i) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    target: targets.find((t) => t.programmeId === p.id)?.target ?? null,
    confirmed: counts[i].find((c) => c.year === year)?.count ?? 0,
  }));
}

export async function evaluationReport(planId: string, year: number, today = new Date()) {
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { id: true, name: true, yearFrom: true, yearTo: true, state: true } });
  if (!plan || !Number.isInteger(year) || year < plan.yearFrom || year > plan.yearTo) return null;
  const [areas, actionPlan, programmes] = await Promise.all([
    planTreeWithProgress(planId, today),
    db.actionPlan.findUnique({ where: { planId_year: { planId, year } }, select: { id: true, state: true } }),
    programmeRows(year),
  ]);
  const rollUp = actionPlan ? await actionPlanRollUp(actionPlan.id) : null;
  return { plan, year, areas, actionPlan, rollUp, programmes };
}

export type EvaluationReport = NonNullable<Awaited<ReturnType<typeof evaluationReport>>>;
