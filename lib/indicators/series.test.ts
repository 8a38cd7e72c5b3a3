import { describe, expect, it } from "vitest";
import { byYear, cumulativeByQuarter } from "./series";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (v: { measuredOn: Date; value: number }) => [v.measuredOn.toISOString().slice(0, 10), v.value];

describe("cumulative history by quarter", () => {
  it("counts up to each quarter end, the last point on the day asked for", () => {
    const days = [
      { day: d("2024-02-10"), count: 2 },
      { day: d("2024-03-31"), count: 1 },
      { day: d("2024-07-01"), count: 3 },
      { day: d("2024-08-20"), count: 5 },
    ];
    expect(cumulativeByQuarter(days, d("2024-01-01"), d("2024-08-01")).map(iso)).toEqual([
      ["2024-03-31", 3],
      ["2024-06-30", 3],
      ["2024-08-01", 6],
    ]);
  });

  it("starts at an earlier event than the period start and is empty before the start", () => {
    expect(
      cumulativeByQuarter([{ day: d("2023-12-15"), count: 1 }], d("2024-01-01"), d("2024-01-10")).map(iso),
    ).toEqual([
      ["2023-12-31", 1],
      ["2024-01-10", 1],
    ]);
    expect(cumulativeByQuarter([], d("2025-01-01"), d("2024-12-31"))).toEqual([]);
  });
});

describe("values by year", () => {
  it("puts each year at 31 December, the current year at the day asked for, later years left out", () => {
    const values = [
      { year: 2023, value: 4 },
      { year: 2022, value: 2 },
      { year: 2026, value: 9 },
      { year: 2027, value: 1 },
    ];
    expect(byYear(values, d("2026-05-01")).map(iso)).toEqual([
      ["2022-12-31", 2],
      ["2023-12-31", 4],
      ["2026-05-01", 9],
    ]);
    expect(byYear(values, d("2026-05-01"), true).map(iso)).toEqual([
      ["2022-12-31", 2],
      ["2023-12-31", 6],
      ["2026-05-01", 15],
    ]);
  });
});
