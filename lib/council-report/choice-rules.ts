// Which plan, programme and period a council report shows. One planning period at a time: unless asked for another,
// the programme is the one whose period overlaps the plan's most, so measures and recruitment figures are of the
// same years. A choice that does not exist is not an error page: the report falls back to the default and says so.
import { parsePeriod, selectableYears, type ReportPeriod } from "./period";

export type PlanOption = { id: string; name: string; yearFrom: number; yearTo: number; state: string };
export type ProgrammeOption = { id: string; name: string; periodStart: Date; periodEnd: Date };
/** The URL parameters: ?plan=<id>&program=<id>&obdobi=<year>|cele. */
export type ReportQuery = { plan?: string; program?: string; obdobi?: string };
export type ChoiceProblem = "plan" | "programme" | "period" | "year";
export type ReportChoice = {
  plan: PlanOption | null;
  programme: ProgrammeOption | null;
  period: ReportPeriod;
  /** The programme was asked for although it is not the plan's own (its period differs). */
  otherPeriod: boolean;
  /** The years one may pick for this plan and programme, newest first. */
  years: number[];
  problems: ChoiceProblem[];
};

const startYear = (p: ProgrammeOption) => p.periodStart.getUTCFullYear();
const endYear = (p: ProgrammeOption) => p.periodEnd.getUTCFullYear();
const overlap = (plan: PlanOption, p: ProgrammeOption) =>
  Math.max(0, Math.min(plan.yearTo, endYear(p)) - Math.max(plan.yearFrom, startYear(p)) + 1);

/** The plan's own programme (most years in common); without one, the programme running today, else the latest. */
export function programmeOfPlan(
  plan: PlanOption | null,
  programmes: ProgrammeOption[],
  today: Date,
): ProgrammeOption | null {
  const own = plan
    ? programmes.filter((p) => overlap(plan, p) > 0).sort((a, b) => overlap(plan, b) - overlap(plan, a))[0]
    : undefined;
  const running = programmes.find((p) => p.periodStart <= today && today <= p.periodEnd);
  const latest = [...programmes].sort((a, b) => b.periodStart.getTime() - a.periodStart.getTime())[0];
  return own ?? running ?? latest ?? null;
}

export function reportYears(plan: PlanOption | null, programme: ProgrammeOption | null, today: Date): number[] {
  return selectableYears(
    [
      ...(plan ? [{ from: plan.yearFrom, to: plan.yearTo }] : []),
      ...(programme ? [{ from: startYear(programme), to: endYear(programme) }] : []),
    ],
    today.getUTCFullYear(),
  );
}

type Options = { plans: PlanOption[]; programmes: ProgrammeOption[]; currentPlanId: string | null; today: Date };

export function resolveChoice(q: ReportQuery, { plans, programmes, currentPlanId, today }: Options): ReportChoice {
  const problems: ChoiceProblem[] = [];
  const askedPlan = q.plan ? plans.find((p) => p.id === q.plan) : undefined;
  if (q.plan && !askedPlan) problems.push("plan");
  const plan = askedPlan ?? plans.find((p) => p.id === currentPlanId) ?? null;
  const askedProgramme = q.program ? programmes.find((p) => p.id === q.program) : undefined;
  if (q.program && !askedProgramme) problems.push("programme");
  const own = programmeOfPlan(plan, programmes, today);
  const programme = askedProgramme ?? own;
  const years = reportYears(plan, programme, today);
  let period = parsePeriod(q.obdobi);
  if (!period) problems.push("period");
  else if (period.year !== null && !years.includes(period.year)) problems.push("year");
  if (!period || (period.year !== null && !years.includes(period.year))) period = { year: null };
  return { plan, programme, period, otherPeriod: !!programme && programme.id !== own?.id, years, problems };
}
