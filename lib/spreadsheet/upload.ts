import "server-only";
// The common course of an import run: the uploaded file → checksum → rows and mapped columns (or the file's
// problems), issues sorted and capped for the report, and the dry run or the all-or-nothing write.
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { isNotFound, isUniqueViolation } from "@/lib/db/errors";
import { UserError } from "@/lib/actions/errors";
import type { ColumnIndex, HeaderMap } from "./columns";
import { fileIssue, readSheet } from "./read";
import type { FileInfo, FileIssueCode, Sheet, SheetIssue } from "./types";
import { text } from "./values";

export const MAX_ISSUES = 500;

export type Upload<K extends string> = {
  base: FileInfo;
  issues: SheetIssue<K, FileIssueCode>[];
  rowCount: number;
  ignoredColumns: string[];
  read?: { sheet: Sheet; index: ColumnIndex<K> };
};

/** Reads the upload; `read` is set only when the file and its header are fine. Applying needs the checksum the
 * preview reported, so that what is written is what was shown. */
export async function readUpload<K extends string>(
  input: { file?: File; sha256?: string },
  apply: boolean,
  mapHeader: (header: string[], line: number) => HeaderMap<K>,
): Promise<Upload<K>> {
  const none = { rowCount: 0, ignoredColumns: [] };
  if (!input.file) return { base: { fileName: "", sha256: "" }, issues: [fileIssue("fileMissing")], ...none };
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const base = { fileName: input.file.name, sha256: createHash("sha256").update(bytes).digest("hex") };
  if (apply && input.sha256 !== base.sha256) return { base, issues: [fileIssue("fileChanged")], ...none };
  // The header is the row with the most known column names (a title row may stand above it).
  const read = await readSheet(bytes, (texts) => Object.keys(mapHeader(texts, 0).index).length);
  if (read.issue) return { base, issues: [read.issue], ...none };
  const header = mapHeader(read.sheet.header.cells.map((cell) => text(cell) ?? ""), read.sheet.header.line);
  const extra = { rowCount: read.sheet.rows.length, ignoredColumns: header.ignored };
  if (header.issues.length > 0) return { base, issues: header.issues, ...extra };
  return { base, issues: [], ...extra, read: { sheet: read.sheet, index: header.index } };
}

/** Issues by row, then by column order; the first MAX_ISSUES listed, the others only counted. */
export function listIssues<I extends SheetIssue>(issues: I[], positionOf: (column: I["column"]) => number) {
  const sorted = [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || positionOf(a.column) - positionOf(b.column));
  return { issues: sorted.slice(0, MAX_ISSUES), moreIssues: Math.max(0, sorted.length - MAX_ISSUES) };
}

type Tx = Prisma.TransactionClient;
type Steps<C, R> = {
  /** Works out what the import would do, reading through `client`; writes nothing. */
  plan: (client: Tx) => Promise<C>;
  /** Whether the planned work may be written (no issue anywhere). */
  ok: (planned: C) => boolean;
  write: (tx: Tx, planned: C) => Promise<void>;
  report: (planned: C, applied: boolean) => R;
};

/** Preview: plan and report. Apply: plan again inside one transaction and write all of it, or nothing. */
export async function previewOrApply<C, R>(apply: boolean, steps: Steps<C, R>): Promise<R> {
  if (!apply) return steps.report(await steps.plan(db), false);
  try {
    return await db.$transaction(
      async (tx) => {
        const planned = await steps.plan(tx);
        if (!steps.ok(planned)) return steps.report(planned, false);
        await steps.write(tx, planned);
        return steps.report(planned, true);
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
  } catch (error) {
    // Someone changed the data between our read and write inside the transaction: nothing was written.
    if (isNotFound(error)) throw new UserError("staleVersion");
    if (isUniqueViolation(error)) throw new UserError("conflict");
    throw error;
  }
}
