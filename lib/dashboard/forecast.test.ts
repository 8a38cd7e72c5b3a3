import { describe, expect, it } from "vitest";
import { plannedBy, type ProgrammeShape } from "@/lib/signal";
import { burnUp, forecast } from "./forecast";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const plan: ProgrammeShape = {
  periodStart: d("2024-01-01"),
  periodEnd: d("2028-12-31"),
  totalTarget: 60,
  yearTargets: { 2024: 12, 2025: 12, 2026: 12, 2027: 12, 2028: 12 },
};
const ones = (days: Date[]) => days.map((day) => ({ day, count: 1 }));
const monthly = (from: string, count: number, everyDays = 30) =>
  ones(Array.from({ length: count }, (_, i) => new Date(d(from).getTime() + i * everyDays * 86_400_000)));

describe("planned count", () => {
  it("spreads each year's sub-target evenly over the year", () => {
    expect(plannedBy(plan, d("2024-12-31"))).toBeCloseTo(12, 5);
    expect(plannedBy(plan, d("2026-07-01"))).toBeCloseTo(30, 0);
    expect(plannedBy(plan, d("2030-01-01"))).toBeCloseTo(60, 5);
    expect(plannedBy(plan, d("2023-06-01"))).toBe(0);
  });

  it("shares the rest of the total among years without a sub-target", () => {
    const partial = { ...plan, yearTargets: { 2024: 20 } };
    expect(plannedBy(partial, d("2025-12-31"))).toBeCloseTo(30, 5);
  });
});

describe("forecast", () => {
  it("with no events: nothing done, no pace, the whole target missing", () => {
    const f = forecast(plan, [], d("2026-07-01"));
    expect(f).toMatchObject({ done: 0, pacePerYear: 0, reachedOn: null, shortAtEnd: 60, label: "OFF_TRACK" });
  });

  it("with pace zero in the last 12 months: short by what is missing", () => {
    const f = forecast(plan, monthly("2024-01-15", 20), d("2026-11-25"));
    // today: 20 done where ~35 were planned (under 25 points behind) is at risk; the forecast says 40 will be missing
    expect(f).toMatchObject({ done: 20, pacePerYear: 0, reachedOn: null, shortAtEnd: 40, label: "AT_RISK" });
  });

  it("with the target already met: reached on the day of the 60th activity", () => {
    const days = monthly("2024-01-10", 70, 15);
    const f = forecast(plan, days, d("2026-11-25"));
    expect(f.label).toBe("MET");
    expect(f.reachedOn).toEqual(days[59].day);
    expect(f.shortAtEnd).toBe(0);
  });

  it("counts days with several activities: reached on the day the count passes the target", () => {
    const f = forecast(
      plan,
      [
        { day: d("2024-05-01"), count: 30 },
        { day: d("2025-02-01"), count: 25 },
        { day: d("2025-06-01"), count: 10 },
      ],
      d("2026-11-25"),
    );
    expect(f).toMatchObject({ done: 65, label: "MET", reachedOn: d("2025-06-01") });
    expect(
      burnUp(
        plan,
        [
          { day: d("2024-01-10"), count: 3 },
          { day: d("2024-02-10"), count: 2 },
        ],
        d("2024-03-15"),
      )
        .slice(0, 3)
        .map((p) => p.actual),
    ).toEqual([3, 5, 5]);
  });

  it("after the plan ended: the final count, no forecast date", () => {
    const f = forecast(plan, monthly("2024-01-15", 50, 35), d("2029-03-01"));
    expect(f).toMatchObject({ done: 50, ended: true, reachedOn: null, shortAtEnd: 10, label: "OFF_TRACK" });
  });

  it("on the planned pace: on track, reaching the target before the end", () => {
    const f = forecast(plan, monthly("2024-01-20", 35, 30), d("2026-11-25"));
    expect(f.done).toBe(35);
    expect(f.label).toBe("ON_TRACK");
    expect(f.reachedOn!.getTime()).toBeLessThan(plan.periodEnd.getTime());
  });

  it("labels today's count against the plan (ahead 10 points above it), whatever the pace says about the end", () => {
    expect(forecast(plan, monthly("2024-01-05", 45, 20), d("2026-11-25")).label).toBe("AHEAD");
    // 25 done when ~35 were planned: at risk today, although the pace of the last 12 months (24) would reach 60
    const behind = [...monthly("2024-01-05", 1, 60), ...monthly("2025-11-26", 24, 15)];
    const f = forecast(plan, behind, d("2026-11-25"));
    expect(f).toMatchObject({ done: 25, pacePerYear: 24, label: "AT_RISK" });
    expect(f.plannedToDate).toBeGreaterThan(34);
    // on the planned count today, but the pace has dropped: on track, and the forecast says what will be missing
    const slowed = forecast(plan, monthly("2024-01-05", 35, 20), d("2026-11-25"));
    expect(slowed).toMatchObject({ done: 35, pacePerYear: 0, label: "ON_TRACK", shortAtEnd: 25 });
  });

  it("takes the pace from wider days when asked (a year's sub-target reads the programme's pace)", () => {
    const year = {
      periodStart: d("2026-01-01"),
      periodEnd: d("2026-12-31"),
      totalTarget: 12,
      yearTargets: { 2026: 12 },
    };
    const all = monthly("2025-06-01", 18, 30);
    const inYear = all.filter((x) => x.day.getUTCFullYear() === 2026);
    const f = forecast(year, inYear, d("2026-07-01"), all);
    expect(f.done).toBe(inYear.filter((x) => x.day <= d("2026-07-01")).length);
    expect(f.pacePerYear).toBe(all.filter((x) => x.day > d("2025-07-01") && x.day <= d("2026-07-01")).length);
  });

  it("a period not started yet: nothing expected or judged, the forecast counts from its start", () => {
    const next = {
      periodStart: d("2027-01-01"),
      periodEnd: d("2027-12-31"),
      totalTarget: 12,
      yearTargets: { 2027: 12 },
    };
    const f = forecast(next, [], d("2026-11-25"), monthly("2025-12-01", 14, 25));
    expect(f).toMatchObject({ done: 0, plannedToDate: 0, label: "NOT_EVALUATED", shortAtEnd: 0 });
    expect(f.reachedOn!.getTime()).toBeGreaterThan(next.periodStart.getTime());
  });
});

describe("burn-up", () => {
  it("gives one point per month with cumulative actuals until today", () => {
    const points = burnUp(plan, ones([d("2024-01-05"), d("2024-01-20"), d("2024-03-01")]), d("2024-03-15"));
    expect(points).toHaveLength(60);
    expect(points.slice(0, 4).map((p) => p.actual)).toEqual([2, 2, 3, null]);
    expect(points[11].planned).toBeCloseTo(12, 5);
    expect(points.at(-1)).toMatchObject({ month: "2028-12", planned: 60, target: 60 });
  });

  it("without a target: actual only", () => {
    const points = burnUp(
      { periodStart: plan.periodStart, periodEnd: plan.periodEnd },
      ones([d("2024-01-05")]),
      d("2024-03-15"),
    );
    expect(points[0]).toEqual({ month: "2024-01", actual: 1, planned: null, target: null });
  });
});
