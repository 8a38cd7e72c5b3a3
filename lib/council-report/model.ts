// The council report as a document model, built once and rendered three ways (web page, PDF, XLSX), so that the
// three always say the same. A cell keeps its raw value: the spreadsheet writes numbers and dates as such, the page
// and the PDF format them the Czech way.
import { formatDate, formatMoney, formatNumber, formatPercent } from "@/lib/format";
import type { Locale } from "@/i18n/config";
import type { Signal } from "@/lib/signal";

export type NumberFormat = "int" | "dec" | "percent" | "money";
/** A number with its format; money in Kč, percent as a ratio 0–1; n null = unknown. */
export type Num = { n: number | null; f: NumberFormat };
/** A signal word with its colour: the renderers draw the colour, and always the word with it. */
export type Sig = { signal: Signal; text: string };
export type Cell = string | Date | Num | Sig | null;
/** weight: the column's relative width in the spreadsheet (the PDF measures its columns from their content). */
export type Column = { label: string; weight: number };
export type Table = { caption?: string; columns: Column[]; rows: Cell[][] };
export const SECTION_IDS = ["summary", "measures", "indicators", "recruitment", "funnel", "coverage"] as const;
export type SectionId = (typeof SECTION_IDS)[number];
export type Section = { id: SectionId; title: string; sheet: string; lines: string[]; tables: Table[] };
export type ReportModel = {
  region: string;
  department: string;
  title: string;
  /** The plan and the programme the report is about, with their periods (under the title, in the PDF's title). */
  scope: string[];
  /** Said before the sections: a choice that fell back to the default, a programme of another period. */
  notices: string[];
  /** "Vykazované období: rok 2025", on the PDF's cover. */
  period: string;
  dateLine: string;
  /** Who downloaded the report, with their role; null where nobody is signed in to name (the web page). */
  author: string | null;
  asOf: string;
  sections: Section[];
  pageOf: (page: number, pages: number) => string;
  /** The same as a CSS `content` value for the @page footer: "Strana " counter(page) " z " counter(pages). */
  pageCounter: string;
};

/** A translator over all messages ("councilReport.title", "status.DELAYED"...). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The council report's own messages: k("col.code") = t("councilReport.col.code"). */
export const own = (t: Translate) => (key: string, values?: Record<string, string | number>) =>
  t(`councilReport.${key}`, values);

export const num = (n: number | null | undefined, f: NumberFormat = "int"): Num => ({ n: n ?? null, f });
export const isNum = (cell: Cell): cell is Num => typeof cell === "object" && cell !== null && "f" in cell;
export const isSig = (cell: Cell): cell is Sig => typeof cell === "object" && cell !== null && "signal" in cell;
export const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

export function formatNum({ n, f }: Num, locale: Locale): string {
  if (n === null) return "—";
  if (f === "percent") return formatPercent(n, locale);
  if (f === "money") return formatMoney(Math.round(n * 100), locale);
  if (f === "dec") return formatNumber(Math.round(n * 100) / 100, locale);
  return formatNumber(n, locale);
}

export function cellText(cell: Cell, locale: Locale): string {
  if (cell === null) return "—";
  if (cell instanceof Date) return formatDate(cell, locale);
  if (isSig(cell)) return cell.text;
  return isNum(cell) ? formatNum(cell, locale) : cell;
}

export const alignRight = (cell: Cell) => isNum(cell);

const PAGE = "\u0001";
const PAGES = "\u0002";

/** "Strana {page} z {pages}" → `"Strana " counter(page) " z " counter(pages)`. */
export function pageCounterCss(pageOf: (page: string, pages: string) => string): string {
  return pageOf(PAGE, PAGES)
    .split(/(\u0001|\u0002)/)
    .filter((part) => part !== "")
    .map((part) => (part === PAGE ? "counter(page)" : part === PAGES ? "counter(pages)" : JSON.stringify(part)))
    .join(" ");
}
