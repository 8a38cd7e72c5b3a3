// Reading one cell: Czech and ISO dates or real Excel dates, money as "7 025 696,25" or a number, plain numbers,
// and values named by one of several labels. Blank cells are handled by the caller.
import { formatDate, parseCalendarDate, parseMoney } from "@/lib/format";
import { searchable } from "@/lib/search";
import type { Cell, ValueIssueCode } from "./types";

export type Parsed<T, E extends string = ValueIssueCode> = { value: T } | { error: E };

/** Case, diacritics, "_" and "-" do not matter: "NOT_STARTED" = "not started", "Probíhá" = "probiha". */
export const words = (value: string) => searchable(value.replace(/[_-]+/g, " "));

/** The cell as trimmed text; null when blank. Numbers keep a dot ("1.1" stays a code), dates become "1. 10. 2016";
 * the apostrophe the CSV export puts before "=", "+", "-" or "@" (against formula injection) is removed. */
export function text(cell: Cell): string | null {
  if (cell === null || cell === undefined) return null;
  const value = (cell instanceof Date ? formatDate(cell) : String(cell)).trim().replace(/^'(?=[=+\-@])/, "");
  return value === "" ? null : value;
}

const CZECH_DATE = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$/;

export function parseDateCell(cell: Cell): Parsed<Date> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { error: "badDate" };
    return { value: new Date(Date.UTC(cell.getUTCFullYear(), cell.getUTCMonth(), cell.getUTCDate())) };
  }
  const value = text(cell) ?? "";
  const czech = CZECH_DATE.exec(value);
  const iso = czech ? `${czech[3]}-${czech[2].padStart(2, "0")}-${czech[1].padStart(2, "0")}` : value;
  const date = parseCalendarDate(iso);
  return date ? { value: date } : { error: "badDate" };
}

const MAX_HALER = 10n ** 15n; // 10 000 000 000 000 Kč: anything above is a typo

export function parseMoneyCell(cell: Cell): Parsed<bigint> {
  let haler: bigint | null = null;
  if (typeof cell === "number") {
    const scaled = cell * 100;
    if (Number.isFinite(scaled) && Math.abs(scaled - Math.round(scaled)) < 1e-6) haler = BigInt(Math.round(scaled));
  } else if (typeof cell === "string") {
    haler = parseMoney(cell);
  }
  return haler !== null && haler >= 0n && haler < MAX_HALER ? { value: haler } : { error: "badMoney" };
}

/** 12,5 · 12.5 · 1 000,5 · -3 or a numeric cell. */
export function parseNumberCell(cell: Cell): Parsed<number> {
  if (typeof cell === "number") return Number.isFinite(cell) ? { value: cell } : { error: "badNumber" };
  const value = (text(cell) ?? "").replace(/[\s\u00a0]/g, "").replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(value) && value.length <= 20 ? { value: Number(value) } : { error: "badNumber" };
}

export function parseYearCell(cell: Cell): Parsed<number> {
  const parsed = parseNumberCell(cell);
  if ("error" in parsed || !Number.isInteger(parsed.value) || parsed.value < 1990 || parsed.value > 2100)
    return { error: "badYear" };
  return parsed;
}

/** The key whose code or Czech or English label the cell names, whatever the case and diacritics. */
export function matchLabel<T extends string>(labels: Record<T, { cs: string; en: string }>, cell: Cell): T | undefined {
  const wanted = words(text(cell) ?? "");
  return (Object.keys(labels) as T[]).find((code) =>
    [code, labels[code].cs, labels[code].en].some((label) => words(label) === wanted),
  );
}
