// The header row of a file as people fill it in. A title (often merged over the whole width) or blank rows may
// stand above it, so the header is the row, among the first HEADER_ROWS, with the most known column names. A header
// cell merged over several columns ("Popis" over two) is one column, not a repeated one: in a data row its value is
// the cell under the merge's first column, or, when more cells under the merge are filled, their texts joined by a
// space (so that nothing typed there is lost).
import type { Cell, SheetRow } from "./types";
import { text } from "./values";

export const HEADER_ROWS = 20;

/** Position of the header in `rows` (the file's non-blank rows): the first with the highest score, else the first row. */
export function headerPosition(rows: SheetRow[], score: (texts: string[]) => number): number {
  let best = 0;
  let bestScore = 0;
  rows.slice(0, HEADER_ROWS).forEach((row, i) => {
    const s = score(row.cells.map((cell) => text(cell) ?? ""));
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  return best;
}

/** The data rows with each of the header's merged ranges folded into the range's first column. */
export function foldMerged(header: SheetRow, rows: SheetRow[]): SheetRow[] {
  if (!header.merges?.length) return rows;
  return rows.map((row) => {
    const cells = [...row.cells];
    for (const [first, last] of header.merges!) {
      const filled = cells
        .slice(first, last + 1)
        .filter((cell): cell is NonNullable<Cell> => text(cell ?? null) !== null);
      cells[first] = filled.length > 1 ? filled.map((cell) => text(cell)).join(" ") : (filled[0] ?? null);
      for (let i = first + 1; i <= last && i < cells.length; i++) cells[i] = null;
    }
    return { ...row, cells };
  });
}
