// From uploaded bytes to rows of cells. The type is decided by the content (file-type), never by the name:
// XLSX is read with exceljs, anything else must be plain text (UTF-8, or Windows-1250 as Czech Excel saves CSV)
// and is parsed with csv-parse. Row numbers are the ones the spreadsheet shows. The header is the first non-blank
// row, or, given a `score` (known column names in a row), the best scoring one of the first rows (see header.ts).
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { fileTypeFromBuffer } from "file-type";
import { foldMerged, HEADER_ROWS, headerPosition } from "./header";
import { MAX_IMPORT_BYTES, MAX_ROWS } from "./limits";
import type { Cell, FileIssueCode, Sheet, SheetIssue, SheetRow } from "./types";

export { MAX_IMPORT_BYTES, MAX_ROWS };

export type FileIssue = SheetIssue<never, FileIssueCode>;
type Read = { sheet: Sheet; issue?: undefined } | { issue: FileIssue; sheet?: undefined };

export const fileIssue = (code: FileIssueCode, params?: FileIssue["params"]): FileIssue => ({
  line: null,
  column: null,
  code,
  params,
});
const failed = (code: FileIssueCode, params?: FileIssue["params"]): Read => ({ issue: fileIssue(code, params) });

export async function readSheet(bytes: Uint8Array, score?: (texts: string[]) => number): Promise<Read> {
  if (bytes.byteLength === 0) return failed("fileEmpty");
  if (bytes.byteLength > MAX_IMPORT_BYTES) return failed("fileTooLarge", { max: MAX_IMPORT_BYTES / 1024 / 1024 });
  const type = await fileTypeFromBuffer(bytes);
  let rows: SheetRow[] | Read;
  if (type?.ext === "xlsx") rows = await readXlsx(bytes);
  else if (type?.ext === "cfb") return failed("fileLegacyExcel");
  else if (type) return failed("fileType");
  else {
    const content = decode(bytes);
    if (content === null) return failed("fileType");
    rows = readCsv(content);
  }
  if (!Array.isArray(rows)) return rows;
  const filled = rows.filter((row) => row.cells.some((cell) => cell !== null && String(cell).trim() !== ""));
  const at = score ? headerPosition(filled, score) : 0;
  const header = filled[at];
  const data = header ? foldMerged(header, filled.slice(at + 1)) : [];
  if (!header || data.length === 0) return failed("noRows");
  if (data.length > MAX_ROWS) return failed("tooManyRows", { max: MAX_ROWS });
  return { sheet: { header, rows: data } };
}

/** Text of a CSV file, or null for binary content. */
function decode(bytes: Uint8Array): string | null {
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    content = new TextDecoder("windows-1250").decode(bytes);
  }
  return /[\u0000-\u0008\u000e-\u001f\u007f]/.test(content) ? null : content;
}

/** The delimiter is the one of ; , TAB that a line among the first ones uses most (Czech Excel writes ";"); a title
 * line above the header may have none. */
function delimiterOf(content: string): string {
  const lines = content.split(/\r?\n/, HEADER_ROWS);
  const count = (d: string) => Math.max(...lines.map((line) => line.split(d).length));
  return [";", "\t", ","].reduce((best, d) => (count(d) > count(best) ? d : best));
}

function readCsv(content: string): SheetRow[] | Read {
  try {
    const records: string[][] = parse(content, {
      delimiter: delimiterOf(content),
      relax_column_count: true,
      bom: true,
    });
    return records.map((cells, index) => ({ line: index + 1, cells }));
  } catch (error) {
    const lines = (error as { lines?: unknown }).lines;
    return { issue: { line: typeof lines === "number" ? lines : null, column: null, code: "csvSyntax" } };
  }
}

async function readXlsx(bytes: Uint8Array): Promise<SheetRow[] | Read> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return failed("fileUnreadable");
  }
  const sheet = workbook.worksheets.find((w) => w.state === "visible") ?? workbook.worksheets[0];
  if (!sheet) return failed("noRows");
  if (sheet.actualRowCount > MAX_ROWS + HEADER_ROWS) return failed("tooManyRows", { max: MAX_ROWS });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Cell[] = [];
    const merges = new Map<number, number>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // exceljs gives a merged range's other cells the first cell's value: they are read as empty instead, so that
      // a merged header is not a repeated column and a merged value is not read twice.
      if (cell.type !== ExcelJS.ValueType.Merge) return void (cells[column - 1] = plain(cell.value));
      if (cell.master.fullAddress.row === line) merges.set(cell.master.fullAddress.col - 1, column - 1);
    });
    rows.push({
      line,
      cells: Array.from(cells, (cell) => cell ?? null),
      ...(merges.size ? { merges: [...merges] } : {}),
    });
  });
  return rows;
}

/** Rich text, formulas (their cached result) and hyperlinks reduced to the plain value the user sees. */
function plain(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("error" in value) return String(value.error);
  if ("formula" in value || "sharedFormula" in value) return plain(value.result as ExcelJS.CellValue);
  if ("text" in value) return plain(value.text as ExcelJS.CellValue);
  return null;
}
