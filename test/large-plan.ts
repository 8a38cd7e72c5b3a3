// A large plan for integration tests: 1 200 extra measures in the demo plan 2019–2023, each with one indicator and
// two values (the later one inserted first). Enough that a query sending the measure or indicator ids as bound
// parameters goes past SQLite's limit (Prisma's P2029), which the queries of a plan must not do.
import { db } from "@/lib/db";
import { searchable } from "@/lib/search";

export const LARGE_PLAN = "plan-2019-2023";
export const BULK_COUNT = 1_200;
/** The goals the bulk measures are spread over, in turn. */
export const BULK_GOALS = ["plan-2019-2023-a1-g1", "plan-2019-2023-a2-g1", "plan-2019-2023-a3-g2"];
/** Indicator target: the latest value of bulk measure i is i + 1, so its progress is (i + 1) / BULK_TARGET. */
export const BULK_TARGET = 2 * BULK_COUNT;
export const BULK_LATEST_ON = new Date("2022-12-31T00:00:00Z");

export const bulkMeasureId = (n: number) => `bulk-m${String(n).padStart(4, "0")}`;
export const bulkIndicatorId = (n: number) => `${bulkMeasureId(n)}-i1`;
/** The number of a bulk measure (or of its indicator) from its id. */
export const bulkIndex = (id: string) => Number(id.slice("bulk-m".length, "bulk-m".length + 4));
export const isBulk = (id: string) => id.startsWith("bulk-");

/**
 * Inserts the bulk measures (code `9.9.<i>`, title `Hromadné opatření <i>`, IN_PROGRESS, sortOrder 1000 + i, no
 * deadline), one indicator each (0 → BULK_TARGET osob) and two values: i + 1 on BULK_LATEST_ON and i a year before.
 */
export async function insertLargePlan() {
  const n = Array.from({ length: BULK_COUNT }, (_, i) => i);
  await db.measure.createMany({
    data: n.map((i) => ({
      id: bulkMeasureId(i),
      planId: LARGE_PLAN,
      goalId: BULK_GOALS[i % BULK_GOALS.length],
      code: `9.9.${i}`,
      title: `Hromadné opatření ${i}`,
      status: "IN_PROGRESS" as const,
      sortOrder: 1000 + i,
      searchText: searchable(`9.9.${i}`, `Hromadné opatření ${i}`),
    })),
  });
  await db.indicator.createMany({
    data: n.map((i) => ({
      id: bulkIndicatorId(i),
      measureId: bulkMeasureId(i),
      name: "Počet",
      unit: "osob",
      baselineValue: 0,
      baselineYear: 2018,
      targetValue: BULK_TARGET,
      targetDate: new Date("2023-12-31T00:00:00Z"),
    })),
  });
  await db.indicatorValue.createMany({
    data: n.flatMap((i) => [
      { indicatorId: bulkIndicatorId(i), measuredOn: BULK_LATEST_ON, value: i + 1 },
      { indicatorId: bulkIndicatorId(i), measuredOn: new Date("2021-12-31T00:00:00Z"), value: i },
    ]),
  });
}

/** Removes what insertLargePlan inserted (and anything hanging on the bulk measures). */
export async function removeLargePlan() {
  await db.indicatorValue.deleteMany({ where: { indicator: { measureId: { startsWith: "bulk-" } } } });
  await db.indicator.deleteMany({ where: { measureId: { startsWith: "bulk-" } } });
  await db.progressUpdate.deleteMany({ where: { measureId: { startsWith: "bulk-" } } });
  await db.measure.deleteMany({ where: { id: { startsWith: "bulk-" } } });
}

/** Runs `check` with the large plan in the database, and removes it afterwards. */
export async function withLargePlan(check: () => Promise<void>) {
  await insertLargePlan();
  try {
    await check();
  } finally {
    await removeLargePlan();
  }
}
