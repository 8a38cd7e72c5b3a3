import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { evaluate } from "./evaluate";
import { computedValues } from "@/lib/indicators/computed";
import { isComputed, sourceFields } from "@/lib/indicators/source";
import { indicatorProgress } from "./progress";
import { now } from "@/lib/clock";

const goalsOf = {
  where: { archivedAt: null },
  orderBy: { sortOrder: "asc" as const },
  select: {
    goals: {
      where: { archivedAt: null },
      orderBy: { sortOrder: "asc" as const },
      select: { id: true, code: true, title: true },
    },
  },
};
// The other end of a carry-over: its plan's period, its code and its priority area (the area may have been renamed).
const codeAndPlan = {
  select: {
    id: true,
    code: true,
    plan: { select: { name: true, yearFrom: true, yearTo: true } },
    goal: { select: { area: { select: { code: true, title: true } } } },
  },
};

/** Everything the measure page shows, with progress and RAG computed for `today`. */
export async function measureDetail(id: string, today = now()) {
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
        include: {
          values: { orderBy: { measuredOn: "asc" } },
          yearlyTargets: { orderBy: { year: "asc" } },
          sourceTypes: { select: { eventTypeId: true, eventType: { select: { nameCs: true, nameEn: true } } } },
          sourceProgramme: { select: { id: true, name: true, active: true } },
          sourcePlace: { select: { name: true } },
        },
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
  const computed = await computedValues(
    measure.indicators.map((i) => ({ ...i, ...sourceFields(i) })),
    today,
  );
  const indicators = measure.indicators.map((i) => {
    const values = isComputed(i)
      ? (computed.get(i.id) ?? []).map((v) => ({
          ...v,
          id: `${i.id}-${v.measuredOn.toISOString()}`,
          source: null,
          note: null,
        }))
      : i.values;
    const withValues = { ...i, values };
    return { ...withValues, progress: indicatorProgress(withValues, i.direction) };
  });
  const nextPlanGoals = measure.plan.nextPlan?.areas.flatMap((a) => a.goals) ?? [];
  return { ...measure, indicators, nextPlanGoals, ...evaluate({ ...measure, indicators }, today) };
}

export type MeasureDetail = Awaited<ReturnType<typeof measureDetail>>;
