import { describe, expect, it } from "vitest";
import { rollUpRows, total, type GroupedRow } from "./rollup";

const row = (
  key: string,
  status: GroupedRow["status"],
  count: number,
  planned: bigint | null,
  spent: bigint | null,
): GroupedRow => ({
  key,
  status,
  count,
  planned,
  spent,
});

describe("action plan roll-up", () => {
  it("is the share of completed among the activities that are not cancelled", () => {
    const summary = rollUpRows([
      row("m1", "COMPLETED", 2, 100_00n, 90_00n),
      row("m1", "IN_PROGRESS", 1, 50_00n, 10_00n),
      row("m1", "CANCELLED", 1, 999_00n, 5_00n),
    ]).get("m1")!;
    expect(summary).toEqual({
      counted: 3,
      completed: 2,
      cancelled: 1,
      fulfilment: 2 / 3,
      planned: 150_00n,
      spent: 105_00n,
    });
  });

  it("keeps measures apart and treats missing budgets as zero", () => {
    const result = rollUpRows([row("a", "NOT_STARTED", 1, null, null), row("b", "COMPLETED", 1, 20n, null)]);
    expect(result.get("a")).toMatchObject({ fulfilment: 0, planned: 0n, spent: 0n });
    expect(result.get("b")).toMatchObject({ fulfilment: 1, planned: 20n, spent: 0n });
  });

  it("is unknown (null), not 0 %, when every activity was cancelled", () => {
    expect(rollUpRows([row("m", "CANCELLED", 2, 10n, 3n)]).get("m")).toMatchObject({
      counted: 0,
      fulfilment: null,
      planned: 0n,
      spent: 3n,
    });
  });

  it("totals several measures by activity count, not by averaging shares", () => {
    const all = total(
      rollUpRows([
        row("a", "COMPLETED", 1, 1n, 1n),
        row("b", "COMPLETED", 1, 2n, 2n),
        row("b", "DELAYED", 2, 3n, 0n),
      ]).values(),
    );
    expect(all).toEqual({ counted: 4, completed: 2, cancelled: 0, fulfilment: 0.5, planned: 6n, spent: 3n });
    expect(total([]).fulfilment).toBeNull();
  });
});
