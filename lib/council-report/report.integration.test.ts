import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  BULK_COUNT,
  BULK_LATEST_ON,
  BULK_TARGET,
  bulkIndex,
  isBulk,
  LARGE_PLAN,
  withLargePlan,
} from "@/test/large-plan";
import { councilReport } from "./report";

const TODAY = new Date("2026-11-25T00:00:00Z");

describe("council report of a large plan", () => {
  // 1 200 extra measures with an indicator each: the report's indicator table must load them without the database's
  // bound-parameter limit (SQLite) and show each indicator's latest value.
  it("lists every indicator of the plan with its latest value, in the order of the measure codes", () =>
    withLargePlan(async () => {
      const report = await councilReport({ planId: LARGE_PLAN, programmeId: null, period: { year: null } }, TODAY);
      expect(report.plan?.name).toBe((await db.plan.findUniqueOrThrow({ where: { id: LARGE_PLAN } })).name);
      const { indicators } = report;
      expect(indicators).toHaveLength(
        await db.indicator.count({ where: { archivedAt: null, measure: { planId: LARGE_PLAN, archivedAt: null } } }),
      );
      const bulk = indicators.filter((i) => isBulk(i.id));
      expect(bulk.map((i) => bulkIndex(i.id))).toEqual(Array.from({ length: BULK_COUNT }, (_, i) => i));
      for (const i of bulk) {
        const n = bulkIndex(i.id);
        expect(i).toEqual({
          id: i.id,
          code: `9.9.${n}`,
          name: "Počet",
          unit: "osob",
          baseline: 0,
          target: BULK_TARGET,
          actual: n + 1,
          measuredOn: BULK_LATEST_ON,
          progress: (n + 1) / BULK_TARGET,
        });
      }
      // The seeded indicators agree with the plan tree of the report (each measure's indicators with the latest value).
      const measures = report.areas.flatMap((a) => a.measures);
      expect(measures).toHaveLength(30 + BULK_COUNT);
      const fromTree = new Map(measures.flatMap((m) => m.indicators.map((i) => [i.id, i.values[0] ?? null] as const)));
      for (const i of indicators) {
        expect(fromTree.has(i.id)).toBe(true);
        expect([i.actual, i.measuredOn]).toEqual([
          fromTree.get(i.id)?.value ?? null,
          fromTree.get(i.id)?.measuredOn ?? null,
        ]);
      }
      expect(indicators.filter((i) => !isBulk(i.id) && i.actual !== null).length).toBeGreaterThan(0);
    }));
});
