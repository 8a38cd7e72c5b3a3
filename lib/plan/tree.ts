import "server-only";
import { db } from "@/lib/db";
import { evaluate, rollUpMeasures } from "./evaluate";
import { latestValuesOfPlan } from "./latest-values";
import { now } from "@/lib/clock";

const ordered = [{ sortOrder: "asc" as const }, { code: "asc" as const }];

/**
 * The plan tree with each measure's progress and RAG, and the roll-up per goal and area. Loaded as flat queries
 * filtered by the plan (never by lists of ids, which a large plan takes past SQLite's parameter limit) and put
 * together here; only what is not archived, each level in sortOrder then code. `asOf` (the yearly evaluation's
 * 31 December) leaves out values measured later; computed indicators are read from their sources as of that day.
 */
export async function planTreeWithProgress(planId: string, today = now(), asOf?: Date) {
  const [areaRows, goalRows, measureRows, indicatorRows, yearlyTargetRows, latest] = await Promise.all([
    db.priorityArea.findMany({
      where: { planId, archivedAt: null },
      orderBy: ordered,
      select: { id: true, code: true, title: true },
    }),
    db.goal.findMany({
      where: { archivedAt: null, area: { planId, archivedAt: null } },
      orderBy: ordered,
      select: { id: true, areaId: true, code: true, title: true },
    }),
    db.measure.findMany({
      where: { planId, archivedAt: null },
      orderBy: ordered,
      select: {
        id: true,
        goalId: true,
        code: true,
        title: true,
        status: true,
        startDate: true,
        deadline: true,
        responsibleBody: true,
        progressPercent: true,
        weight: true,
        plannedBudgetHaler: true,
      },
    }),
    db.indicator.findMany({
      where: { archivedAt: null, measure: { planId, archivedAt: null } },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: {
        id: true,
        measureId: true,
        name: true,
        unit: true,
        direction: true,
        baselineValue: true,
        targetValue: true,
        weight: true,
        source: true,
      },
    }),
    db.indicatorYearTarget.findMany({
      where: { indicator: { archivedAt: null, measure: { planId, archivedAt: null } } },
      orderBy: { year: "asc" },
      select: { indicatorId: true, year: true, value: true },
    }),
    latestValuesOfPlan(planId, asOf),
  ]);
  const yearlyTargetsOf = groupBy(
    yearlyTargetRows,
    (t) => t.indicatorId,
    ({ year, value }) => ({ year, value }),
  );

  const indicatorsOf = groupBy(
    indicatorRows,
    (i) => i.measureId,
    (i) => {
      const value = latest.get(i.id);
      return { ...i, yearlyTargets: yearlyTargetsOf.get(i.id) ?? [], values: value ? [value] : [] };
    },
  );
  const measuresOf = groupBy(
    measureRows,
    (m) => m.goalId,
    (m) => {
      const measure = {
        id: m.id,
        code: m.code,
        title: m.title,
        status: m.status,
        startDate: m.startDate,
        deadline: m.deadline,
        responsibleBody: m.responsibleBody,
        progressPercent: m.progressPercent,
        weight: m.weight,
        plannedBudgetHaler: m.plannedBudgetHaler,
        indicators: indicatorsOf.get(m.id) ?? [],
      };
      return { ...measure, ...evaluate(measure, today) };
    },
  );
  const goalsOf = groupBy(
    goalRows,
    (g) => g.areaId,
    (g) => {
      const measures = measuresOf.get(g.id) ?? [];
      return { id: g.id, code: g.code, title: g.title, measures, progress: rollUpMeasures(measures) };
    },
  );
  return areaRows.map((area) => {
    const goals = goalsOf.get(area.id) ?? [];
    return { ...area, goals, progress: rollUpMeasures(goals.flatMap((g) => g.measures)) };
  });
}

/** Rows grouped under a key, mapped, in their original order. */
function groupBy<T, U>(rows: T[], key: (row: T) => string, map: (row: T) => U): Map<string, U[]> {
  const groups = new Map<string, U[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(map(row));
    else groups.set(k, [map(row)]);
  }
  return groups;
}

export type PlanTreeArea = Awaited<ReturnType<typeof planTreeWithProgress>>[number];
