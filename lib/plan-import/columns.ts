// The spreadsheet columns of a measure import/export, in export order, with the Czech and English headers
// (matched loosely, see lib/spreadsheet/columns).
import { columnSet, type ColumnIndex as Index, type HeaderMap } from "@/lib/spreadsheet/columns";

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
export type ColumnIndex = Index<ColumnKey>;

/** Columns every file needs; the others may be left out, and a left-out column leaves stored values as they are. */
export const REQUIRED: ColumnKey[] = ["areaCode", "areaTitle", "goalCode", "goalTitle", "code", "title"];
/** An indicator needs all of these once any indicator column is present ("direction" is optional). */
export const INDICATOR: ColumnKey[] = [
  "indicator",
  "unit",
  "baselineValue",
  "baselineYear",
  "targetValue",
  "targetDate",
];

const columns = columnSet(COLUMNS);
export const headerOf = columns.headerOf;
export const columnOf = columns.columnOf;
export const positionOf = columns.positionOf;

/** Maps the header row to column positions; the indicator columns are needed once any of them is present. */
export function mapHeader(header: string[], line: number): HeaderMap<ColumnKey> {
  return columns.mapHeader(header, line, (index) => {
    const indicatorUsed = INDICATOR.some((key) => index[key] !== undefined) || index.direction !== undefined;
    return indicatorUsed ? [...REQUIRED, ...INDICATOR] : REQUIRED;
  });
}
