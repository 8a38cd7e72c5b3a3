// Reading the cells of one data row by column key, collecting that row's problems: a column left out of the file
// gives undefined (keep what is stored), a blank cell null, a bad value an issue naming the row and column.
import type { ColumnIndex } from "./columns";
import type { Cell, SheetIssue } from "./types";
import { text, type Parsed } from "./values";

export function cellReader<K extends string, C extends string>(line: number, cells: Cell[], index: ColumnIndex<K>) {
  const issues: SheetIssue<K, C>[] = [];
  const report = (column: K, code: C, params?: SheetIssue["params"]) => issues.push({ line, column, code, params });
  const cell = (key: K): Cell | undefined => (index[key] === undefined ? undefined : (cells[index[key]!] ?? null));
  /** Trimmed text, at most `max` characters; "required" when blank and required. */
  const str = (key: K, max: number, required = false) => {
    const c = cell(key);
    if (c === undefined) return undefined;
    const value = text(c);
    if (value === null && required) report(key, "required" as C);
    if (value !== null && value.length > max) report(key, "tooLong" as C, { max });
    return value;
  };
  /** A typed value; a bad one is reported with the cell's text as `value`. */
  const parsed = <T>(key: K, parse: (cell: Cell) => Parsed<T, C>): T | null | undefined => {
    const c = cell(key);
    if (c === undefined || text(c) === null) return c === undefined ? undefined : null;
    const result = parse(c);
    if ("error" in result) report(key, result.error, { value: text(c)! });
    return "value" in result ? result.value : undefined;
  };
  return { issues, report, cell, str, parsed };
}

export type CellReader<K extends string, C extends string> = ReturnType<typeof cellReader<K, C>>;
