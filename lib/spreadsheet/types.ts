// Shapes shared by every spreadsheet import (plain data, safe for the client).

/** A cell as read from XLSX or CSV. */
export type Cell = string | number | boolean | Date | null;

/** `merges`: the row's cells merged across columns (XLSX), as [first, last] positions; the cells after the first read as empty. */
export type SheetRow = { line: number; cells: Cell[]; merges?: [number, number][] };
export type Sheet = { header: SheetRow; rows: SheetRow[] };

/** Problems of the whole file (reading it, its header) and of single values; each import adds its own codes. */
export const FILE_ISSUE_CODES = [
  "fileMissing",
  "fileEmpty",
  "fileTooLarge",
  "fileType",
  "fileLegacyExcel",
  "fileUnreadable",
  "csvSyntax",
  "noRows",
  "tooManyRows",
  "fileChanged",
  "missingColumn",
  "duplicateColumn",
] as const;
export const VALUE_ISSUE_CODES = ["badDate", "badMoney", "badNumber", "badYear"] as const;
export type FileIssueCode = (typeof FILE_ISSUE_CODES)[number];
export type ValueIssueCode = (typeof VALUE_ISSUE_CODES)[number];

/** One problem: line = the row number as the spreadsheet shows it (header = 1), null for the whole file. */
export type SheetIssue<Column extends string = string, Code extends string = string> = {
  line: number | null;
  column: Column | null;
  code: Code;
  params?: Record<string, string | number>;
};

export type FileInfo = { fileName: string; sha256: string };
