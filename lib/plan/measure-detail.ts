import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { evaluate } from "./evaluate";
import { indicatorProgress } from "./progress";

const goalsOf = { where: { archivedAt: null }, orderBy: { sortOrder: "asc" as const }, select: { goals: { where: { archivedAt: null }, orderBy: { sortOrder: "asc" as const }, select: { id: true, code: true, title: true } } } };
const codeAndPlan = { select: { id: true, code: true, plan: { select: { name: true } } } };

/** Everything the measure page shows, with progress and RAG computed for `today`. */
export async function measureDetail(id: string, today = new Date()) {
  const measure = await db.measure.findUnique({
    where: { id },
    include: {
      plan: { select: { id: true, name: true, nextPlan: { select: { id: true, name: true, areas: goalsOf } } } },
      goal: { include: { area: true } },
      responsibleOrg: { select: { name: true } },
      partners: { include: { organisation: { select: { name: true } } } },
      carriedOverFrom: codeAndPlan,
      carriedOverTo: codeAndPlan,
      indicators: {
        where: { archivedAt: null },
        orderBy: { sortOrder: "asc" },
        include: { values: { orderBy: { measuredOn: "asc" } }, yearlyTargets: { orderBy: { year: "asc" } } },
      },
      progressUpdates: {
        orderBy: { createdAt: "desc" },
        include: {
          author: { select: { name: true } },
          indicatorValues: { include: { indicator: { select: { name: true, unit: true } } } },
          attachments: { select: { id: true, fileName: true, size: true } },
        },
      },
    },
  });
  if (!measure || measure.archivedAt) notFound();
  const indicators = measure.indicators.map((i) => ({ ...i, progress: indicatorProgress(i, i.direction) }));
  const nextPlanGoals = measure.plan.nextPlan?.areas.flatMap((a) => a.goals) ?? [];
  return { ...measure, indicators, nextPlanGoals, ...evaluate(measure, today) };
}

export type MeasureDetail = Awaited<ReturnType<typeof measureDetail>>;
