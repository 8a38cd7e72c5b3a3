// The spreadsheet columns of a recruitment events import/export, in export order, with the Czech and English
// headers (matched loosely, see lib/spreadsheet/columns).
import { columnSet, type ColumnIndex as Index, type HeaderMap } from "@/lib/spreadsheet/columns";
import { DATE_FORMAT, MONEY_FORMAT, type OutColumn } from "@/lib/spreadsheet/write";

export const COLUMNS = [
  { key: "startDate", cs: "Datum (začátek)", en: "Start date", numFmt: DATE_FORMAT, width: 12 },
  { key: "endDate", cs: "Konec", en: "End date", numFmt: DATE_FORMAT, width: 12 },
  { key: "type", cs: "Typ akce", en: "Event type", width: 26 },
  { key: "title", cs: "Název", en: "Title", width: 45 },
  { key: "description", cs: "Popis", en: "Description", width: 40 },
  { key: "municipality", cs: "Obec", en: "Municipality", width: 18 },
  { key: "place", cs: "ORP", en: "ORP", width: 18 },
  { key: "audience", cs: "Cílová skupina", en: "Audience" },
  { key: "realisation", cs: "Realizace", en: "Realisation" },
  { key: "peopleReached", cs: "Oslovené osoby", en: "People reached" },
  { key: "cost", cs: "Náklady (Kč)", en: "Cost (CZK)", numFmt: MONEY_FORMAT },
  { key: "inquiries", cs: "Zájemci", en: "Inquiries" },
  { key: "applicants", cs: "Žadatelé o NRP", en: "Applicants" },
  { key: "campaign", cs: "Kampaň", en: "Campaign", width: 30 },
  { key: "programme", cs: "Program", en: "Programme", width: 16 },
  { key: "organisation", cs: "Organizace", en: "Organisation", width: 30 },
] as const satisfies readonly OutColumn[];

export type ColumnKey = (typeof COLUMNS)[number]["key"];
export type ColumnIndex = Index<ColumnKey>;

/** Columns every file needs (they identify an event); a left-out optional column keeps stored values as they are. */
export const REQUIRED: readonly ColumnKey[] = ["startDate", "type", "title", "place"];

const columns = columnSet<ColumnKey>(COLUMNS);
export const headerOf = columns.headerOf;
export const positionOf = columns.positionOf;
export const mapHeader = (header: string[], line: number): HeaderMap<ColumnKey> =>
  columns.mapHeader(header, line, () => REQUIRED);
