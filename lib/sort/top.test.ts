import { describe, expect, it } from "vitest";
import { topWithRest } from "./top";

const rows = (counts: number[]) => counts.map((count, i) => ({ name: `Organizace ${i + 1}`, count }));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("top rows with the rest summed", () => {
  it("sums the rows past the top into one, so the table adds up to the total (30 of 35 before)", () => {
    const all = rows([8, 6, 4, 3, 2, 2, 2, 1, 1, 1, 2, 1, 1, 1]);
    const { top, rest } = topWithRest(all, 10, (r) => r.count);
    expect(top.map((r) => r.name)).toEqual(all.slice(0, 10).map((r) => r.name));
    expect(sum(top.map((r) => r.count))).toBe(30);
    expect(rest).toEqual({ rows: 4, value: 5 });
    expect(sum(top.map((r) => r.count)) + rest!.value).toBe(35);
  });

  it("has no rest row when nothing is left over", () => {
    expect(topWithRest(rows([3, 2]), 10, (r) => r.count).rest).toBeNull();
    expect(topWithRest(rows(Array(10).fill(1)), 10, (r) => r.count).rest).toBeNull();
  });
});
