import { describe, expect, it } from "vitest";
import { fulfilment, perParticipant, periodYears, spreadEvenly, sumOf, yearTable, yearsBetween } from "./targets";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("a target shared by several people", () => {
  it("is 12 per worker for 144 seminars and 12 workers; 142 confirmed are 11.8 per worker (one decimal)", () => {
    expect(perParticipant(144, 12)).toBe(12);
    expect(perParticipant(142, 12)).toBe(11.8);
    expect(perParticipant(0, 12)).toBe(0);
    expect(perParticipant(5, 3)).toBe(1.7);
  });

  it("has no per-person figure when the target is not shared", () => {
    expect(perParticipant(42, null)).toBeNull();
    expect(perParticipant(42, undefined)).toBeNull();
  });
});

describe("yearly sub-targets", () => {
  it("spreads 60 over 2024–2028 as 12 a year", () => {
    expect(spreadEvenly(60, yearsBetween(2024, 2028))).toEqual(
      [2024, 2025, 2026, 2027, 2028].map((year) => ({ year, target: 12 })),
    );
  });

  it("gives the remainder to the first years: 20 over 3 years is 7, 7, 6; 42 over 4 is 11, 11, 10, 10", () => {
    expect(spreadEvenly(20, [2017, 2018, 2019]).map((y) => y.target)).toEqual([7, 7, 6]);
    expect(spreadEvenly(42, yearsBetween(2016, 2019)).map((y) => y.target)).toEqual([11, 11, 10, 10]);
  });

  it("always adds up to the total, also when the total is smaller than the number of years", () => {
    for (const [total, years] of [
      [60, 5],
      [20, 3],
      [3, 3],
      [2, 5],
      [0, 4],
      [10_000, 20],
    ]) {
      const spread = spreadEvenly(total, yearsBetween(2020, 2020 + years - 1));
      expect(sumOf(spread.map((y) => y.target))).toBe(total);
      expect(Math.max(...spread.map((y) => y.target)) - Math.min(...spread.map((y) => y.target))).toBeLessThanOrEqual(
        1,
      );
    }
    expect(spreadEvenly(5, [])).toEqual([]);
  });

  it("takes every calendar year a period touches", () => {
    expect(periodYears(day("2016-10-01"), day("2019-09-30"))).toEqual([2016, 2017, 2018, 2019]);
    expect(periodYears(day("2024-01-01"), day("2024-12-31"))).toEqual([2024]);
    expect(yearsBetween(2025, 2024)).toEqual([]);
  });

  it("puts targets and counts side by side per year, including years outside the period", () => {
    const rows = yearTable(
      [2024, 2025],
      [{ year: 2024, target: 12 }],
      [
        { year: 2025, count: 3 },
        { year: 2023, count: 1 },
      ],
    );
    expect(rows).toEqual([
      { year: 2023, target: null, confirmed: 1 },
      { year: 2024, target: 12, confirmed: 0 },
      { year: 2025, target: null, confirmed: 3 },
    ]);
  });

  it("computes fulfilment and sums without a target", () => {
    expect(fulfilment(30, 60)).toBe(0.5);
    expect(fulfilment(3, null)).toBe(0);
    expect(fulfilment(3, 0)).toBe(0);
    expect(sumOf([1, null, 2, undefined])).toBe(3);
  });
});
