// Fulfilment maths of action plans. The database groups activities (by measure or action plan, and status) and
// sums their budgets; this turns those grouped rows into a summary per key.
//
// - fulfilment = completed / counted, where counted = activities that are not cancelled (a cancelled activity is
//   no longer part of the plan); null when nothing is counted (unknown, not 0 %);
// - planned = the planned budgets of counted activities (a cancelled activity's money is no longer planned);
// - spent = the spent budgets of all activities, cancelled ones included (money spent before a cancellation was
//   still spent).
// Archived activities never reach these rows (the queries filter them out).
import type { MeasureStatus } from "@/lib/db/generated/sqlite/enums";

export type GroupedRow = {
  key: string;
  status: MeasureStatus;
  count: number;
  planned: bigint | null;
  spent: bigint | null;
};

export type Fulfilment = {
  counted: number;
  completed: number;
  cancelled: number;
  fulfilment: number | null;
  planned: bigint;
  spent: bigint;
};

export const emptyFulfilment = (): Fulfilment => ({
  counted: 0,
  completed: 0,
  cancelled: 0,
  fulfilment: null,
  planned: 0n,
  spent: 0n,
});

export function rollUpRows(rows: GroupedRow[]): Map<string, Fulfilment> {
  const result = new Map<string, Fulfilment>();
  for (const row of rows) {
    const summary = result.get(row.key) ?? emptyFulfilment();
    summary.spent += row.spent ?? 0n;
    if (row.status === "CANCELLED") summary.cancelled += row.count;
    else {
      summary.counted += row.count;
      summary.planned += row.planned ?? 0n;
      if (row.status === "COMPLETED") summary.completed += row.count;
    }
    result.set(row.key, summary);
  }
  for (const summary of result.values())
    summary.fulfilment = summary.counted ? summary.completed / summary.counted : null;
  return result;
}

/** All keys together (e.g. the whole action plan from its measures' rows). */
export function total(summaries: Iterable<Fulfilment>): Fulfilment {
  const sum = emptyFulfilment();
  for (const s of summaries) {
    sum.counted += s.counted;
    sum.completed += s.completed;
    sum.cancelled += s.cancelled;
    sum.planned += s.planned;
    sum.spent += s.spent;
  }
  sum.fulfilment = sum.counted ? sum.completed / sum.counted : null;
  return sum;
}
