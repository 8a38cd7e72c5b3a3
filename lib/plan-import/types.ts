// Shapes shared by the parser, the validation, the server actions and the UI (plain data, safe for the client).
import type { IndicatorDirection, MeasureStatus } from "@/lib/db/generated/sqlite/enums";
import { FILE_ISSUE_CODES, VALUE_ISSUE_CODES, type SheetIssue } from "@/lib/spreadsheet/types";
import type { ColumnKey } from "./columns";

export type { Cell, SheetRow } from "@/lib/spreadsheet/types";

/** Keys under planImport.issues in messages/<locale>/plan-import.json. */
export const ISSUE_CODES = [
  ...FILE_ISSUE_CODES,
  ...VALUE_ISSUE_CODES,
  "planArchived",
  "required",
  "tooLong",
  "badCode",
  "badStatus",
  "badDirection",
  "dateOrder",
  "duplicateCode",
  "hierarchy",
  "titleMismatch",
  "indicatorIncomplete",
  "reasonRequired",
  "archived",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One problem: line = the row number as the spreadsheet shows it (header = 1), null for the whole file. */
export type Issue = SheetIssue<ColumnKey, IssueCode>;

/** Measure fields of one row; `undefined` = the column is not in the file, so the stored value stays. */
export type MeasureFields = {
  title: string;
  description?: string | null;
  responsibleBody?: string | null;
  startDate?: Date | null;
  deadline?: Date | null;
  plannedBudgetHaler?: bigint | null;
  fundingSources?: string | null;
  status?: MeasureStatus;
  statusReason?: string | null;
};

export type IndicatorFields = {
  name: string;
  unit: string;
  direction?: IndicatorDirection;
  baselineValue: number;
  baselineYear: number;
  targetValue: number;
  targetDate: Date;
};

export type ImportRow = {
  line: number;
  areaCode: string;
  areaTitle: string;
  goalCode: string;
  goalTitle: string;
  code: string;
  measure: MeasureFields;
  indicator: IndicatorFields | null;
};

export type Counts = { create: number; update: number; unchanged: number };

export type ImportReport = {
  fileName: string;
  sha256: string;
  rowCount: number;
  issues: Issue[];
  /** Issues beyond the first MAX_LISTED, not listed. */
  moreIssues: number;
  ignoredColumns: string[];
  counts: { areas: Counts; goals: Counts; measures: Counts; indicators: Counts };
  /** The first MAX_LISTED changed measures; `moreChanges` the others, only counted. */
  changes: { line: number; code: string; title: string; action: "create" | "update" }[];
  moreChanges: number;
  /** Rows with at least one issue: the counts and changes are those of the other rows, which "valid" imports. */
  rejected: number;
  applied: boolean;
};
