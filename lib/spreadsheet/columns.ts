// The columns of an import/export, each with a Czech and an English header. Headers are matched loosely: case,
// diacritics, spaces and punctuation do not matter, and a bracketed part such as "(Kč)" may be left out.
import { searchable } from "@/lib/search";
import type { SheetIssue } from "./types";

export type ColumnDef<K extends string = string> = { readonly key: K; readonly cs: string; readonly en: string };
export type ColumnIndex<K extends string> = Partial<Record<K, number>>;
export type HeaderMap<K extends string> = {
  index: ColumnIndex<K>;
  issues: SheetIssue<K, "missingColumn" | "duplicateColumn">[];
  ignored: string[];
};

const squash = (text: string) => searchable(text).replace(/[^a-z0-9]/g, "");
const withoutBrackets = (text: string) => squash(text.replace(/\([^)]*\)/g, ""));

export function columnSet<K extends string>(columns: readonly ColumnDef<K>[]) {
  const names = new Map<string, K>();
  for (const column of columns) {
    for (const header of [column.cs, column.en]) {
      names.set(squash(header), column.key);
      names.set(withoutBrackets(header), column.key);
    }
  }
  const columnOf = (header: string): K | undefined => names.get(squash(header)) ?? names.get(withoutBrackets(header));

  return {
    columnOf,
    headerOf: (key: K, locale: "cs" | "en" = "cs") => columns.find((c) => c.key === key)![locale],
    /** Position of a column in export order, for sorting issues (-1 for none). */
    positionOf: (key: K | null) => columns.findIndex((c) => c.key === key),
    /** Maps the header row to column positions; reports repeated columns and the `required` ones (which may depend
     * on the columns present) that are missing, and lists unknown ones. */
    mapHeader(header: string[], line: number, required: (index: ColumnIndex<K>) => readonly K[]): HeaderMap<K> {
      const index: ColumnIndex<K> = {};
      const issues: HeaderMap<K>["issues"] = [];
      const ignored: string[] = [];
      header.forEach((text, position) => {
        if (!text.trim()) return;
        const key = columnOf(text);
        if (!key) ignored.push(text.trim());
        else if (index[key] !== undefined) issues.push({ line, column: key, code: "duplicateColumn" });
        else index[key] = position;
      });
      for (const key of required(index))
        if (index[key] === undefined) issues.push({ line, column: key, code: "missingColumn" });
      return { index, issues, ignored };
    },
  };
}
