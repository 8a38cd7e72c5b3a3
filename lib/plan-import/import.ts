import "server-only";
// One import run: read the file, check it, work out the changes and (when applying) write them all in one
// transaction. Any issue anywhere means nothing is written.
import { db } from "@/lib/db";
import { UserError } from "@/lib/actions/errors";
import { listIssues, previewOrApply, readUpload } from "@/lib/spreadsheet/upload";
import type { FileInfo } from "@/lib/spreadsheet/types";
import { mapHeader, positionOf } from "./columns";
import { validateRows } from "./rows";
import { changeList, planChanges, type Changes } from "./changes";
import { applyChanges } from "./apply";
import type { ImportInput } from "./schema";
import type { ImportReport, Issue } from "./types";

export { MAX_ISSUES } from "@/lib/spreadsheet/upload";

const zero = () => ({ create: 0, update: 0, unchanged: 0 });

function report(base: FileInfo, issues: Issue[], extra: Partial<ImportReport> = {}): ImportReport {
  return {
    ...base,
    rowCount: 0,
    ignoredColumns: [],
    counts: { areas: zero(), goals: zero(), measures: zero(), indicators: zero() },
    changes: [],
    applied: false,
    ...extra,
    ...listIssues(issues, positionOf),
  };
}

export async function runImport(input: ImportInput, userId: string, apply: boolean): Promise<ImportReport> {
  const plan = await db.plan.findUnique({ where: { id: input.planId }, select: { state: true } });
  if (!plan) throw new UserError("notFound");
  const upload = await readUpload(input, apply, mapHeader);
  if (plan.state === "ARCHIVED" && input.file) return report(upload.base, [{ line: null, column: null, code: "planArchived" }]);
  const extra = { rowCount: upload.rowCount, ignoredColumns: upload.ignoredColumns };
  if (!upload.read) return report(upload.base, upload.issues, extra);
  const { rows, issues } = validateRows(upload.read.sheet, upload.read.index);

  return previewOrApply(apply, {
    plan: (client) => planChanges(client, input.planId, rows),
    ok: (changes) => issues.length === 0 && changes.issues.length === 0,
    write: (tx, changes) => applyChanges(tx, input.planId, changes, userId),
    report: (changes: Changes, applied) =>
      report(upload.base, [...issues, ...changes.issues], { ...extra, counts: changes.counts, changes: changeList(changes), applied }),
  });
}
