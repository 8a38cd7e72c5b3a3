import "server-only";
import { db } from "@/lib/db";
import { evaluate, rollUpMeasures } from "./evaluate";

const latestValue = { where: { archivedAt: null }, select: { direction: true, baselineValue: true, targetValue: true, values: { orderBy: { measuredOn: "desc" as const }, take: 1, select: { value: true, measuredOn: true } } } };

/** The plan tree with each measure's progress and RAG, and the roll-up per goal and area. */
export async function planTreeWithProgress(planId: string, today = new Date()) {
  const areas = await db.priorityArea.findMany({
    where: { planId, archivedAt: null },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: {
      id: true, code: true, title: true,
      goals: {
        where: { archivedAt: null },
        orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
        select: {
          id: true, code: true, title: true,
          measures: {
            where: { archivedAt: null },
            orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
            select: {
              id: true, code: true, title: true, status: true, startDate: true, deadline: true, responsibleBody: true,
              progressPercent: true, weight: true, plannedBudgetHaler: true, indicators: latestValue,
            },
          },
        },
      },
    },
  });
  return areas.map((area) => {
    const goals = area.goals.map((goal) => {
      const measures = goal.measures.map((m) => ({ ...m, ...evaluate(m, today) }));
      return { ...goal, measures, progress: rollUpMeasures(measures) };
    });
    return { ...area, goals, progress: rollUpMeasures(goals.flatMap((g) => g.measures)) };
  });
}

export type PlanTreeArea = Awaited<ReturnType<typeof planTreeWithProgress>>[number];
