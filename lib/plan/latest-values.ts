import "server-only";
// The latest measured value of every indicator of a plan in one query, whatever the size of the plan (a nested
// Prisma select with `values: { take: 1 }` sends the indicator ids as one bound parameter each, which a large plan
// takes past SQLite's parameter limit). Plain SQL that runs on SQLite and PostgreSQL alike: identifiers
// double-quoted, the latest value picked by a correlated subquery on the (indicatorId, measuredOn) index.
import { db } from "@/lib/db";
import { toDate } from "@/lib/db/raw-date";

export type LatestValue = { value: number; measuredOn: Date };

/**
 * The latest value (by measuredOn; the greatest id on a tie) of each indicator that is not archived, of a measure
 * of the plan that is not archived, keyed by indicator id. Indicators without any value are absent.
 */
export async function latestValuesOfPlan(planId: string): Promise<Map<string, LatestValue>> {
  const rows = await db.$queryRaw<{ indicatorId: string; value: number; measuredOn: Date | string | number | bigint }[]>`
    SELECT v."indicatorId" AS "indicatorId", v."value" AS "value", v."measuredOn" AS "measuredOn"
    FROM "Indicator" i
    JOIN "Measure" m ON m."id" = i."measureId"
    JOIN "IndicatorValue" v ON v."id" = (
      SELECT l."id" FROM "IndicatorValue" l WHERE l."indicatorId" = i."id" ORDER BY l."measuredOn" DESC, l."id" DESC LIMIT 1)
    WHERE m."planId" = ${planId} AND m."archivedAt" IS NULL AND i."archivedAt" IS NULL`;
  return new Map(rows.map((r) => [r.indicatorId, { value: Number(r.value), measuredOn: toDate(r.measuredOn) }]));
}
