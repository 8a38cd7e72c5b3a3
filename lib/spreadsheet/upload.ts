import "server-only";
// The common course of an import run: the uploaded file → checksum → rows and mapped columns (or the file's
// problems), issues sorted and capped for the report, and the dry run or the all-or-nothing write.
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db";
import { isNotFound, isUniqueViolation } from "@/lib/db/errors";
import { UserError } from "@/lib/actions/errors";
import { endRun, startRun, type RunCounts, type RunStart } from "@/lib/import-runs/record";
import { IMPORT_MAX_WAIT_MS, IMPORT_TIMEOUT_MS } from "@/lib/import-runs/status";
import type { ColumnIndex, HeaderMap } from "./columns";
import { fileIssue, readSheet } from "./read";
import type { FileInfo, FileIssueCode, Sheet, SheetIssue } from "./types";
import { text } from "./values";

/** A preview lists at most this many issues and as many changes (a page stays usable); the others are counted. */
export const MAX_LISTED = 500;

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
  const header = mapHeader(
    read.sheet.header.cells.map((cell) => text(cell) ?? ""),
    read.sheet.header.line,
  );
  const extra = { rowCount: read.sheet.rows.length, ignoredColumns: header.ignored };
  if (header.issues.length > 0) return { base, issues: header.issues, ...extra };
  return { base, issues: [], ...extra, read: { sheet: read.sheet, index: header.index } };
}

export const firstListed = <T>(items: T[]) => ({
  listed: items.slice(0, MAX_LISTED),
  more: Math.max(0, items.length - MAX_LISTED),
});

/** Issues by row, then by column order; the first MAX_LISTED listed, the others only counted. */
export function listIssues<I extends SheetIssue>(issues: I[], positionOf: (column: I["column"]) => number) {
  const { listed, more } = firstListed(
    [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || positionOf(a.column) - positionOf(b.column)),
  );
  return { issues: listed, moreIssues: more };
}

type Steps<C, R> = {
  /** Works out what the import would do, reading through `client`; writes nothing. */
  plan: (client: Tx) => Promise<C>;
  /** Whether the planned work may be written (no issue anywhere). */
  ok: (planned: C) => boolean;
  write: (tx: Tx, planned: C) => Promise<void>;
  /** The records the write creates and updates, for the run's record. */
  counts: (planned: C) => RunCounts;
  report: (planned: C, applied: boolean) => R;
};

/** Preview: plan and report. Apply: record the run, plan again inside one transaction and write all of it, or
 * nothing; the run ends APPLIED with the rows, or FAILED (lib/import-runs/record.ts). */
export async function previewOrApply<C, R>(apply: boolean, run: RunStart, steps: Steps<C, R>): Promise<R> {
  if (!apply) return steps.report(await steps.plan(db), false);
  const runId = await startRun(run);
  try {
    return await db.$transaction(
      async (tx) => {
        const planned = await steps.plan(tx);
        const ok = steps.ok(planned);
        if (ok) await steps.write(tx, planned);
        await endRun(tx, runId, ok ? "APPLIED" : "FAILED", ok ? steps.counts(planned) : undefined);
        return steps.report(planned, ok);
      },
      { maxWait: IMPORT_MAX_WAIT_MS, timeout: IMPORT_TIMEOUT_MS },
    );
  } catch (error) {
    // When the database itself failed this may fail too: the run then reads as interrupted after the time rule.
    await endRun(db, runId, "FAILED").catch(() => undefined);
    // Someone changed the data between our read and write inside the transaction: nothing was written.
    if (isNotFound(error)) throw new UserError("staleVersion");
    if (isUniqueViolation(error)) throw new UserError("conflict");
    throw error;
  }
}
