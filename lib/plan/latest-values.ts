import "server-only";
// The latest measured value of every indicator of a plan in one query, whatever the size of the plan (a nested
// Prisma select with `values: { take: 1 }` sends the indicator ids as one bound parameter each, which a large plan
// takes past SQLite's parameter limit). Plain SQL that runs on SQLite and PostgreSQL alike: identifiers
// double-quoted, the latest value picked by a correlated subquery on the (indicatorId, measuredOn) index.
import { db } from "@/lib/db";
import { toDate } from "@/lib/db/raw-date";
import { computedValues, type ComputedIndicator } from "@/lib/indicators/computed";
import { SOURCE_SELECT, sourceFields } from "@/lib/indicators/source";
import { now } from "@/lib/clock";

export type LatestValue = { value: number; measuredOn: Date };

/**
 * The latest value of each indicator that is not archived, of a measure of the plan that is not archived, keyed by
 * indicator id; indicators without any value are absent. Typed values: the latest by measuredOn (the greatest id on
 * a tie), only those measured up to `asOf` when it is given. Computed indicators: their source's figure as of
 * `asOf` (default now), never a typed value.
 */
export async function latestValuesOfPlan(planId: string, asOf?: Date): Promise<Map<string, LatestValue>> {
  const [typed, computed] = await Promise.all([
    asOf ? typedLatestAsOf(planId, asOf) : typedLatest(planId),
    computedValues(await computedIndicatorsOfPlan(planId), asOf ?? now()),
  ]);
  for (const [id, values] of computed) {
    const last = values.at(-1);
    if (last) typed.set(id, last);
  }
  return typed;
}

async function typedLatest(planId: string): Promise<Map<string, LatestValue>> {
  const rows = await db.$queryRaw<
    { indicatorId: string; value: number; measuredOn: Date | string | number | bigint }[]
  >`
    SELECT v."indicatorId" AS "indicatorId", v."value" AS "value", v."measuredOn" AS "measuredOn"
    FROM "Indicator" i
    JOIN "Measure" m ON m."id" = i."measureId"
    JOIN "IndicatorValue" v ON v."id" = (
      SELECT l."id" FROM "IndicatorValue" l WHERE l."indicatorId" = i."id" ORDER BY l."measuredOn" DESC, l."id" DESC LIMIT 1)
    WHERE m."planId" = ${planId} AND m."archivedAt" IS NULL AND i."archivedAt" IS NULL AND i."source" = 'MANUAL'`;
  return new Map(rows.map((r) => [r.indicatorId, { value: Number(r.value), measuredOn: toDate(r.measuredOn) }]));
}

/** As of a past day (the yearly evaluation): every typed value up to that day, the latest kept per indicator. */
async function typedLatestAsOf(planId: string, asOf: Date): Promise<Map<string, LatestValue>> {
  const rows = await db.indicatorValue.findMany({
    where: {
      measuredOn: { lte: asOf },
      indicator: { source: "MANUAL", archivedAt: null, measure: { planId, archivedAt: null } },
    },
    orderBy: [{ measuredOn: "asc" }, { id: "asc" }],
    select: { indicatorId: true, value: true, measuredOn: true },
  });
  return new Map(rows.map((r) => [r.indicatorId, { value: r.value, measuredOn: r.measuredOn }]));
}

/** The plan's computed indicators with their source fields. */
export async function computedIndicatorsOfPlan(planId: string): Promise<ComputedIndicator[]> {
  const rows = await db.indicator.findMany({
    where: { source: { not: "MANUAL" }, archivedAt: null, measure: { planId, archivedAt: null } },
    select: { id: true, measureId: true, ...SOURCE_SELECT },
  });
  return rows.map(({ id, measureId, ...source }) => ({ id, measureId, ...sourceFields(source) }));
}
