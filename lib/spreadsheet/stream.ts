import "server-only";
// A download written while it is read: rows come in batches (read from the database page by page) and go out as
// XLSX (exceljs' streaming writer, inline strings) or CSV, so that a large export never sits in memory whole.
// The producer waits whenever the reader falls behind, and stops when the reader goes away.
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { csvChunk, SHEET_VIEWS, xlsxColumns, xlsxRow, type Format, type OutColumn, type OutValue } from "./write";

type Batches = AsyncIterable<Record<string, OutValue>[]>;

/** Between batches: give the event loop a turn (a database driver that answers synchronously would otherwise keep
 * zlib's finished work and the reader waiting until the end, with the whole file in memory), then wait for a slow reader. */
async function caughtUp(out: PassThrough) {
  await new Promise((resolve) => setImmediate(resolve));
  if (out.writableNeedDrain && !out.destroyed) await Promise.race([once(out, "drain"), once(out, "close")]);
}

async function writeCsv(out: PassThrough, columns: readonly OutColumn[], batches: Batches) {
  out.write(csvChunk(columns, [], true));
  for await (const batch of batches) {
    if (out.destroyed) return;
    out.write(csvChunk(columns, batch, false));
    await caughtUp(out);
  }
  out.end();
}

const MAX_BACKLOG = 1024 * 1024;

type Queue = { _writableState?: { length?: number }; _readableState?: { length?: number } };

/** Bytes of the sheet's XML not yet taken by the zip compressor. exceljs hands them to archiver's stream without
 * waiting, so nothing would slow the writer down: this reads that stream's queues (readable-stream internals) and
 * gives 0 (no waiting) should they ever be missing. */
function zipBacklog(sheet: ExcelJS.Worksheet): number {
  const queue = (sheet as unknown as { stream?: { pipes?: Queue[] } }).stream?.pipes?.[0];
  return (queue?._writableState?.length ?? 0) + (queue?._readableState?.length ?? 0);
}

async function writeXlsx(out: PassThrough, columns: readonly OutColumn[], batches: Batches, sheetName: string) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, SHEET_VIEWS);
  sheet.columns = xlsxColumns(columns);
  sheet.getRow(1).font = { bold: true };
  for await (const batch of batches) {
    if (out.destroyed) return;
    for (const row of batch) sheet.addRow(xlsxRow(columns, row)).commit();
    await caughtUp(out);
    while (zipBacklog(sheet) > MAX_BACKLOG && !out.destroyed) await new Promise((resolve) => setTimeout(resolve, 1));
  }
  sheet.commit();
  await workbook.commit();
}

export function spreadsheetStream(
  format: Format,
  columns: readonly OutColumn[],
  batches: Batches,
  sheetName: string,
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const write = format === "csv" ? writeCsv(out, columns, batches) : writeXlsx(out, columns, batches, sheetName);
  write.catch((error) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
