// A table of the largest rows stays whole: the rows past the first `n` are summed into one "others" row, so the
// column adds up to the total shown beside it.

export type Rest = { rows: number; value: number };

/** The first `n` rows (already ranked) and the rest summed; `rest` is null when nothing is left over. */
export function topWithRest<T>(
  rows: readonly T[],
  n: number,
  value: (row: T) => number,
): { top: T[]; rest: Rest | null } {
  const left = rows.slice(n);
  return {
    top: rows.slice(0, n),
    rest: left.length ? { rows: left.length, value: left.reduce((sum, row) => sum + value(row), 0) } : null,
  };
}
