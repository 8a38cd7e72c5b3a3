// A recorded period as the values of the statistics form (blank where nothing is recorded).
import type { CareRow } from "./queries";
import { CARE_KINDS, CHILDREN_FIELDS, KIND_FIELDS, type CareFiguresInput } from "./schema";

const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

export function careFormValues(year: number, quarter: number, rows: CareRow[]): CareFiguresInput {
  const row = rows.find((r) => r.year === year && r.quarter === quarter);
  const kinds = Object.fromEntries(
    CARE_KINDS.map((k) => [k, Object.fromEntries(KIND_FIELDS.map((f) => [f, text(row?.kinds[k][f])]))]),
  );
  const children = Object.fromEntries(CHILDREN_FIELDS.map((f) => [f, text(row?.[f])]));
  return { year: String(year), quarter: String(quarter), ...kinds, ...children } as CareFiguresInput;
}
