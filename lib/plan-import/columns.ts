// The spreadsheet columns of a measure import/export, in export order, with the Czech and English headers.
// Headers are matched loosely: case, diacritics, spaces and punctuation do not matter, and "(Kč)" may be left out.
import { searchable } from "@/lib/search";
import type { Issue } from "./types";

export const COLUMNS = [
  { key: "areaCode", cs: "Kód oblasti", en: "Area code" },
  { key: "areaTitle", cs: "Název oblasti", en: "Area title" },
  { key: "goalCode", cs: "Kód cíle", en: "Goal code" },
  { key: "goalTitle", cs: "Název cíle", en: "Goal title" },
  { key: "code", cs: "Kód opatření", en: "Measure code" },
  { key: "title", cs: "Název opatření", en: "Measure title" },
  { key: "description", cs: "Popis", en: "Description" },
  { key: "responsibleBody", cs: "Gestor", en: "Responsible body" },
  { key: "startDate", cs: "Termín zahájení", en: "Start date" },
  { key: "deadline", cs: "Termín plnění", en: "Deadline" },
  { key: "plannedBudget", cs: "Plánovaný rozpočet (Kč)", en: "Planned budget (CZK)" },
  { key: "fundingSources", cs: "Zdroje financování", en: "Funding sources" },
  { key: "status", cs: "Stav", en: "Status" },
  { key: "statusReason", cs: "Zdůvodnění stavu", en: "Status reason" },
  { key: "indicator", cs: "Ukazatel", en: "Indicator" },
  { key: "unit", cs: "Jednotka", en: "Unit" },
  { key: "direction", cs: "Směr (vyšší/nižší je lepší)", en: "Direction (higher/lower is better)" },
  { key: "baselineValue", cs: "Výchozí hodnota", en: "Baseline value" },
  { key: "baselineYear", cs: "Výchozí rok", en: "Baseline year" },
  { key: "targetValue", cs: "Cílová hodnota", en: "Target value" },
  { key: "targetDate", cs: "Cílové datum", en: "Target date" },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]["key"];
export type ColumnIndex = Partial<Record<ColumnKey, number>>;

/** Columns every file needs; the others may be left out, and a left-out column leaves stored values as they are. */
export const REQUIRED: ColumnKey[] = ["areaCode", "areaTitle", "goalCode", "goalTitle", "code", "title"];
/** An indicator needs all of these once any indicator column is present ("direction" is optional). */
export const INDICATOR: ColumnKey[] = ["indicator", "unit", "baselineValue", "baselineYear", "targetValue", "targetDate"];

export const headerOf = (key: ColumnKey, locale: "cs" | "en" = "cs") => COLUMNS.find((c) => c.key === key)![locale];

const squash = (text: string) => searchable(text).replace(/[^a-z0-9]/g, "");
const withoutBrackets = (text: string) => squash(text.replace(/\([^)]*\)/g, ""));

const NAMES = new Map<string, ColumnKey>();
for (const column of COLUMNS) {
  for (const header of [column.cs, column.en]) {
    NAMES.set(squash(header), column.key);
    NAMES.set(withoutBrackets(header), column.key);
  }
}

export function columnOf(header: string): ColumnKey | undefined {
  return NAMES.get(squash(header)) ?? NAMES.get(withoutBrackets(header));
}

/** Maps the header row to column positions; reports missing and repeated columns and lists unknown ones. */
export function mapHeader(header: string[], line: number): { index: ColumnIndex; issues: Issue[]; ignored: string[] } {
  const index: ColumnIndex = {};
  const issues: Issue[] = [];
  const ignored: string[] = [];
  header.forEach((text, position) => {
    if (!text.trim()) return;
    const key = columnOf(text);
    if (!key) ignored.push(text.trim());
    else if (index[key] !== undefined) issues.push({ line, column: key, code: "duplicateColumn" });
    else index[key] = position;
  });
  const indicatorUsed = INDICATOR.some((key) => index[key] !== undefined) || index.direction !== undefined;
  const needed = indicatorUsed ? [...REQUIRED, ...INDICATOR] : REQUIRED;
  for (const key of needed) if (index[key] === undefined) issues.push({ line, column: key, code: "missingColumn" });
  return { index, issues, ignored };
}
