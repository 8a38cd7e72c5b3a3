import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { planDashboard } from "@/lib/dashboard/plan";
import { planTreeWithProgress } from "./tree";
import { listMeasures, parseFilters } from "./measure-list";
import { SIGNALS } from "@/lib/signal";
import {
  BULK_COUNT,
  BULK_GOALS,
  BULK_LATEST_ON,
  BULK_TARGET,
  bulkIndex,
  bulkMeasureId,
  isBulk,
  LARGE_PLAN,
  withLargePlan,
} from "@/test/large-plan";

const TODAY = new Date("2026-11-25T00:00:00Z");
const GOAL = "plan-2019-2023-a1-g1";

async function setIndicator(
  measureId: string,
  data: {
    baselineValue: number;
    targetValue: number;
    direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
    values: number[];
  },
) {
  const id = `${measureId}-i1`;
  await db.measure.update({
    where: { id: measureId },
    data: { progressPercent: null, status: "IN_PROGRESS", weight: 1 },
  });
  await db.indicatorValue.deleteMany({ where: { indicatorId: id } });
  await db.indicator.update({
    where: { id },
    data: { baselineValue: data.baselineValue, targetValue: data.targetValue, direction: data.direction },
  });
  for (const [i, value] of data.values.entries()) {
    await db.indicatorValue.create({
      data: { indicatorId: id, value, measuredOn: new Date(Date.UTC(2020 + i, 11, 31)) },
    });
  }
}

describe("plan tree progress on real data", () => {
  it("rolls measure progress up to the goal: target = baseline, lower is better, and no values", async () => {
    await setIndicator(`${GOAL}-m1`, { baselineValue: 5, targetValue: 5, direction: "HIGHER_IS_BETTER", values: [6] }); // met → 100 %
    await setIndicator(`${GOAL}-m2`, {
      baselineValue: 100,
      targetValue: 60,
      direction: "LOWER_IS_BETTER",
      values: [90, 80],
    }); // 50 %
    await setIndicator(`${GOAL}-m3`, { baselineValue: 0, targetValue: 10, direction: "HIGHER_IS_BETTER", values: [] }); // unknown
    const tree = await planTreeWithProgress("plan-2019-2023", TODAY);
    const goal = tree.flatMap((a) => a.goals).find((g) => g.id === GOAL)!;
    expect(goal.measures.map((m) => m.progress)).toEqual([1, 0.5, null]);
    expect(goal.progress).toBe(0.75);
    // The plan ended in 2023: the met one is met, the unfinished ones are past their deadline.
    expect(goal.measures.map((m) => m.signal)).toEqual(["MET", "OFF_TRACK", "OFF_TRACK"]);
  });

  it("weights the roll-up and leaves cancelled measures out", async () => {
    // Without indicators a measure's own % counts (with them, the indicators would).
    await db.indicator.updateMany({
      where: { measureId: { in: [`${GOAL}-m1`, `${GOAL}-m2`] } },
      data: { archivedAt: TODAY },
    });
    await db.measure.update({ where: { id: `${GOAL}-m1` }, data: { progressPercent: 100, weight: 3 } });
    await db.measure.update({ where: { id: `${GOAL}-m2` }, data: { progressPercent: 0, weight: 1 } });
    await db.measure.update({
      where: { id: `${GOAL}-m3` },
      data: { status: "CANCELLED", statusReason: "Zrušeno", progressPercent: 0 },
    });
    const goal = (await planTreeWithProgress("plan-2019-2023", TODAY))
      .flatMap((a) => a.goals)
      .find((g) => g.id === GOAL)!;
    expect(goal.progress).toBe(0.75);
    expect(goal.measures[2].signal).toBe("NOT_EVALUATED");
  });
});

describe("measure list", () => {
  const list = (params: Record<string, string>) => listMeasures(parseFilters("plan-2019-2023", params), TODAY);

  it("filters by status, area, signal and diacritics-free search, and pages by 25", async () => {
    expect((await list({})).total).toBe(30);
    expect((await list({})).rows).toHaveLength(25);
    expect((await list({ strana: "2" })).rows).toHaveLength(5);
    const delayed = await list({ stav: "DELAYED" });
    expect(delayed.rows.every((m) => m.status === "DELAYED")).toBe(true);
    expect(delayed.total).toBe(await db.measure.count({ where: { planId: "plan-2019-2023", status: "DELAYED" } }));
    expect((await list({ oblast: "plan-2019-2023-a4" })).rows.every((m) => m.code.startsWith("4."))).toBe(true);
    expect((await list({ q: "DĚTSKÝCH skupin" })).rows.map((m) => m.code)).toEqual(["2.2.1"]);
    expect((await list({ signal: "NOT_EVALUATED" })).rows.every((m) => m.status === "CANCELLED")).toBe(true);
  });

  it("lists overdue measures: unfinished, not carried over, with a deadline in the past", async () => {
    const overdue = await list({ termin: "overdue" });
    expect(overdue.total).toBe(
      await db.measure.count({
        where: {
          planId: "plan-2019-2023",
          status: { in: ["NOT_STARTED", "IN_PROGRESS", "DELAYED"] },
          carriedOverTo: { is: null },
          deadline: { lt: TODAY },
        },
      }),
    );
    expect(overdue.total).toBeGreaterThan(0);
    expect((await list({ termin: "soon" })).total).toBe(0);
  });

  it("ignores junk parameters instead of failing", async () => {
    expect((await list({ stav: "DROP TABLE", signal: "x", razeni: "'; --", strana: "-5" })).total).toBe(30);
  });

  it("lists a large plan: filters, signal and each measure's latest indicator value", () =>
    withLargePlan(async () => {
      const all = await list({});
      expect(all.total).toBe(30 + BULK_COUNT);
      expect(all.pages).toBe(Math.ceil((30 + BULK_COUNT) / 25));
      // The same progress and signal as the plan tree, which is tested above.
      const tree = new Map(
        (await planTreeWithProgress(LARGE_PLAN, TODAY))
          .flatMap((a) => a.goals.flatMap((g) => g.measures))
          .map((m) => [m.id, m]),
      );
      for (const signal of SIGNALS) {
        expect((await list({ signal })).total).toBe([...tree.values()].filter((m) => m.signal === signal).length);
      }
      const seeded = await list({ razeni: "progress", strana: "2" });
      expect(seeded.rows).toHaveLength(25);
      for (const m of [...all.rows, ...seeded.rows]) {
        expect(m.progress).toBe(tree.get(m.id)!.progress);
        expect(m.signal).toBe(tree.get(m.id)!.signal);
      }
      expect([...all.rows, ...seeded.rows].some((m) => m.indicators.some((i) => i.values.length === 1))).toBe(true);

      // The bulk measures by search (in the database), by progress: the first page and the last.
      const bulkPages = Math.ceil(BULK_COUNT / 25);
      const first = await list({ q: "hromadne opatreni", razeni: "progress" });
      const last = await list({ q: "hromadne opatreni", razeni: "progress", strana: String(bulkPages) });
      expect([first.total, first.pages]).toEqual([BULK_COUNT, bulkPages]);
      expect(first.rows.map((m) => bulkIndex(m.id))).toEqual(Array.from({ length: 25 }, (_, i) => i));
      expect(last.rows.map((m) => bulkIndex(m.id))).toEqual(Array.from({ length: 25 }, (_, i) => BULK_COUNT - 25 + i));
      for (const m of [...first.rows, ...last.rows]) {
        const i = bulkIndex(m.id);
        expect(m.indicators).toEqual([
          {
            direction: "HIGHER_IS_BETTER",
            baselineValue: 0,
            targetValue: BULK_TARGET,
            values: [{ value: i + 1, measuredOn: BULK_LATEST_ON }],
          },
        ]);
        expect(m.progress).toBeCloseTo((i + 1) / BULK_TARGET, 10);
        expect(m.signal).toBe(tree.get(m.id)!.signal);
      }
      expect((await list({ q: "9.9.1199" })).rows.map((m) => m.id)).toEqual([bulkMeasureId(1199)]);
    }));
});

describe("plan tree of a large plan", () => {
  // 1 200 extra measures, each with an indicator and two values (the later one inserted first): the tree must load
  // them without the database's bound-parameter limit (SQLite) and pick each indicator's latest value.
  it("loads every measure with its latest indicator value", () =>
    withLargePlan(async () => {
      const tree = await planTreeWithProgress(LARGE_PLAN, TODAY);
      const bulk = tree.flatMap((a) => a.goals.flatMap((g) => g.measures)).filter((m) => isBulk(m.id));
      expect(bulk).toHaveLength(BULK_COUNT);
      for (const goalId of BULK_GOALS) {
        const measures = tree.flatMap((a) => a.goals).find((g) => g.id === goalId)!.measures;
        // The seeded measures first, then the bulk ones in sortOrder (= their id order).
        const ids = measures.map((m) => m.id);
        const first = ids.findIndex(isBulk);
        expect(ids.slice(first)).toEqual(ids.filter(isBulk).sort());
        expect(ids.slice(first)).toHaveLength(BULK_COUNT / BULK_GOALS.length);
        expect(first).toBeGreaterThan(0);
      }
      for (const m of bulk) {
        const i = bulkIndex(m.id);
        expect(m.indicators).toHaveLength(1);
        expect(m.indicators[0].values).toHaveLength(1);
        const latest = m.indicators[0].values[0];
        expect(latest.value).toBe(i + 1);
        expect(latest.measuredOn).toBeInstanceOf(Date);
        expect(latest.measuredOn.toISOString()).toBe(BULK_LATEST_ON.toISOString());
        expect(m.progress).toBeCloseTo((i + 1) / BULK_TARGET, 10);
      }
      // The dashboard loads the same plan (2019–2023 is the adopted one) and its indicators' latest values.
      const dashboard = (await planDashboard(undefined, TODAY))!;
      expect(dashboard.plan.id).toBe(LARGE_PLAN);
      expect(dashboard.measureCount).toBe(30 + BULK_COUNT);
      for (const i of [...dashboard.closest, ...dashboard.furthest]) expect(i.measure.code).toMatch(/^\d+\.\d+\.\d+$/);
      expect((await planDashboard("plan-2019-2023-a1", TODAY))!.measureCount).toBe(
        tree[0].goals.flatMap((g) => g.measures).length,
      );
    }));
});
