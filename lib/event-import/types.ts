// Shapes shared by the import, the server actions and the UI (plain data, safe for the client).
import { FILE_ISSUE_CODES, VALUE_ISSUE_CODES, type FileInfo, type SheetIssue } from "@/lib/spreadsheet/types";
import type { ColumnKey } from "./columns";

/** Keys under eventImport.issues in messages/<locale>/event-import.json. */
export const ISSUE_CODES = [
  ...FILE_ISSUE_CODES,
  ...VALUE_ISSUE_CODES,
  "required",
  "tooLong",
  "invalid",
  "unknownType",
  "unknownPlace",
  "unknownAudience",
  "unknownRealisation",
  "unknownCampaign",
  "unknownProgramme",
  "unknownOrganisation",
  "organisationRequired",
  "notWhole",
  "negative",
  "tooBig",
  "endBeforeStart",
  "applicantsOverInquiries",
  "outsideProgramme",
  "realisedInFuture",
  "duplicateRow",
  "confirmed",
  "archived",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];
export type Issue = SheetIssue<ColumnKey, IssueCode>;

export type EventChange = {
  line: number;
  date: string;
  title: string;
  organisation: string;
  action: "create" | "update";
};

export type EventImportReport = FileInfo & {
  rowCount: number;
  issues: Issue[];
  /** Issues beyond the first MAX_LISTED, not listed. */
  moreIssues: number;
  ignoredColumns: string[];
  counts: { create: number; update: number; unchanged: number };
  /** Rows with at least one issue: an import of the valid rows leaves them out (see rejected.ts for their file). */
  rejected: number;
  /** The first MAX_LISTED changes; `moreChanges` the others, only counted. */
  changes: EventChange[];
  moreChanges: number;
  /** A member's file named other organisations: its events are imported for the member's own one regardless. */
  organisationIgnored: boolean;
  applied: boolean;
};
