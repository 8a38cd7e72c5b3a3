// How long an applied import may run, and what a stored run's status means to whoever reads it. A run is RUNNING
// from just before its transaction starts until that transaction ends; one still RUNNING after the longest the
// transaction can live (waiting for a connection, then its timeout) belongs to a process that died inside it:
// the database rolled it back, so it reads as interrupted with nothing stored. Plain data, safe anywhere.
import type { ImportRunStatus } from "@/lib/db/generated/sqlite/enums";

/** The import transaction's wait for a connection and its timeout (lib/spreadsheet/upload.ts previewOrApply). */
export const IMPORT_MAX_WAIT_MS = 10_000;
export const IMPORT_TIMEOUT_MS = 120_000;

export function shownStatus(run: { status: ImportRunStatus; startedAt: Date }, now = Date.now()): ImportRunStatus {
  const over = now - run.startedAt.getTime() > IMPORT_MAX_WAIT_MS + IMPORT_TIMEOUT_MS;
  return run.status === "RUNNING" && over ? "INTERRUPTED" : run.status;
}
