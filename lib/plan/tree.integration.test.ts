import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { planTreeWithProgress } from "./tree";
import { listMeasures, parseFilters } from "./measure-list";

const TODAY = new Date("2026-11-25T00:00:00Z");
const GOAL = "plan-2019-2023-a1-g1";

async function setIndicator(measureId: string, data: { baselineValue: number; targetValue: number; direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER"; values: number[] }) {
  const id = `${measureId}-i1`;
  await db.measure.update({ where: { id: measureId }, data: { progressPercent: null, status: "IN_PROGRESS", weight: 1 } });
  await db.indicatorValue.deleteMany({ where: { indicatorId: id } });
  await db.indicator.update({ where: { id }, data: { baselineValue: data.baselineValue, targetValue: data.targetValue, direction: data.direction } });
  for (const [i, value] of data.values.entries()) {
    await db.indicatorValue.create({ data: { indicatorId: id, value, measuredOn: new Date(Date.UTC(2020 + i, 11, 31)) } });
  }
}

describe("plan tree progress on real data", () => {
  it("rolls measure progress up to the goal: target = baseline, lower is better, and no values", async () => {
    await setIndicator(`${GOAL}-m1`, { baselineValue: 5, targetValue: 5, direction: "HIGHER_IS_BETTER", values: [6] }); // met → 100 %
    await setIndicator(`${GOAL}-m2`, { baselineValue: 100, targetValue: 60, direction: "LOWER_IS_BETTER", values: [90, 80] }); // 50 %
    await setIndicator(`${GOAL}-m3`, { baselineValue: 0, targetValue: 10, direction: "HIGHER_IS_BETTER", values: [] }); // unknown
    const tree = await planTreeWithProgress("plan-2019-2023", TODAY);
    const goal = tree.flatMap((a) => a.goals).find((g) => g.id === GOAL)!;
    expect(goal.measures.map((m) => m.progress)).toEqual([1, 0.5, null]);
    expect(goal.progress).toBe(0.75);
    // The plan ended in 2023: unfinished measures are past their deadline.
    expect(goal.measures.map((m) => m.rag)).toEqual(["OFF_TRACK", "OFF_TRACK", "OFF_TRACK"]);
  });

  it("weights the roll-up and leaves cancelled measures out", async () => {
    await db.measure.update({ where: { id: `${GOAL}-m1` }, data: { progressPercent: 100, weight: 3 } });
    await db.measure.update({ where: { id: `${GOAL}-m2` }, data: { progressPercent: 0, weight: 1 } });
    await db.measure.update({ where: { id: `${GOAL}-m3` }, data: { status: "CANCELLED", statusReason: "Zrušeno", progressPercent: 0 } });
    const goal = (await planTreeWithProgress("plan-2019-2023", TODAY)).flatMap((a) => a.goals).find((g) => g.id === GOAL)!;
    expect(goal.progress).toBe(0.75);
    expect(goal.measures[2].rag).toBe("NOT_EVALUATED");
  });
});

describe("measure list", () => {
  const list = (params: Record<string, string>) => listMeasures(parseFilters("plan-2019-2023", params), TODAY);

  it("filters by status, area, RAG and diacritics-free search, and pages by 25", async () => {
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

  it("lists overdue measures: unfinished with a deadline in the past", async () => {
    const overdue = await list({ termin: "overdue" });
    expect(overdue.total).toBe(await db.measure.count({ where: { planId: "plan-2019-2023", status: { in: ["NOT_STARTED", "IN_PROGRESS", "DELAYED"] }, deadline: { lt: TODAY } } }));
    expect(overdue.total).toBeGreaterThan(0);
    expect((await list({ termin: "soon" })).total).toBe(0);
  });

  it("ignores junk parameters instead of failing", async () => {
    expect((await list({ stav: "DROP TABLE", signal: "x", razeni: "'; --", strana: "-5" })).total).toBe(30);
  });
});
