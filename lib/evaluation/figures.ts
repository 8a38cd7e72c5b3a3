import "server-only";
// The figures of a yearly evaluation as at one day (31 December of its year, or today while the year runs): each
// measure's status, progress, signal and indicator values, the year's action-plan roll-up, and every programme
// running in the year with its confirmed count in the year and since its start. A draft computes them live; an
// approved version stores them (./snapshot) and never recomputes them.
import { db } from "@/lib/db";
import { planTreeWithProgress } from "@/lib/plan/tree";
import { actionPlanRollUp } from "@/lib/action-plans/queries";
import type { Fulfilment } from "@/lib/action-plans/rollup";
import { countsByYear } from "@/lib/programmes/queries";
import type { Signal } from "@/lib/signal";
import { pragueToday } from "@/lib/tasks/time";
import type { ActionPlanState, MeasureStatus } from "@/lib/db/generated/sqlite/enums";
import { programmesOfYear } from "./programmes";

type TreeMeasure = Awaited<ReturnType<typeof planTreeWithProgress>>[number]["goals"][number]["measures"][number];

export type IndicatorFigure = {
  id: string;
  name: string;
  unit: string;
  baselineValue: number;
  targetValue: number;
  value: number | null;
  measuredOn: Date | null;
};
export type MeasureFigure = {
  id: string;
  code: string;
  title: string;
  status: MeasureStatus;
  /** Progress, what was expected by the day, and the signal judged on that day (lib/signal). */
  progress: number | null;
  expected: number | null;
  signal: Signal;
  indicators: IndicatorFigure[];
};
export type ProgrammeFigure = {
  id: string;
  code: string;
  name: string;
  /** The year's sub-target and the confirmed count in the year. */
  target: number | null;
  confirmed: number;
  /** The whole programme's target and the confirmed count from its start to the end of the year. */
  totalTarget: number;
  cumulative: number;
};
export type EvaluationFigures = {
  /** The day the figures are as at (a calendar date, 00:00 UTC). */
  asOf: Date;
  areas: { id: string; code: string; title: string; measures: MeasureFigure[] }[];
  actionPlan: { id: string; state: ActionPlanState } | null;
  rollUp: { measures: Record<string, Fulfilment> } | null;
  programmes: ProgrammeFigure[];
};

/** 31 December of the year, or today (the Prague day) while the year has not ended. */
export function evaluationAsOf(year: number, today: Date): Date {
  const end = new Date(Date.UTC(year, 11, 31));
  const day = pragueToday(today);
  return day < end ? day : end;
}

/** Whether the year is over in Prague on `today` (only then can its evaluation be approved). */
export const yearIsOver = (year: number, today: Date) => pragueToday(today).getTime() > Date.UTC(year, 11, 31);

async function programmeFigures(year: number): Promise<ProgrammeFigure[]> {
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
    totalTarget: p.totalTarget,
    // Counted by the event's day: an event dated after the year never counts, whenever it was confirmed.
    cumulative: counts[i].filter((c) => c.year <= year).reduce((sum, c) => sum + c.count, 0),
  }));
}

const measureFigure = (m: TreeMeasure): MeasureFigure => ({
  id: m.id,
  code: m.code,
  title: m.title,
  status: m.status,
  progress: m.progress,
  expected: m.expected,
  signal: m.signal,
  indicators: m.indicators.map((i) => ({
    id: i.id,
    name: i.name,
    unit: i.unit,
    baselineValue: i.baselineValue,
    targetValue: i.targetValue,
    value: i.values[0]?.value ?? null,
    measuredOn: i.values[0]?.measuredOn ?? null,
  })),
});

/** The plan's figures for the year as at `asOf` (see evaluationAsOf): indicator values and events after it ignored. */
export async function evaluationFigures(planId: string, year: number, asOf: Date): Promise<EvaluationFigures> {
  const [areas, actionPlan, programmes] = await Promise.all([
    planTreeWithProgress(planId, asOf, asOf), // judged on that day, with the values known by then
    db.actionPlan.findUnique({ where: { planId_year: { planId, year } }, select: { id: true, state: true } }),
    programmeFigures(year),
  ]);
  const rollUp = actionPlan ? { measures: (await actionPlanRollUp(actionPlan.id)).measures } : null;
  return {
    asOf,
    areas: areas.map((a) => ({
      id: a.id,
      code: a.code,
      title: a.title,
      measures: a.goals.flatMap((g) => g.measures.map(measureFigure)),
    })),
    actionPlan,
    rollUp,
    programmes,
  };
}
