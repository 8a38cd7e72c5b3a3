import "server-only";
// One import run: read the file, check it, work out the changes and (when applying) write them all in one
// transaction. Any issue anywhere means nothing is written.
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { isNotFound, isUniqueViolation } from "@/lib/db/errors";
import { UserError } from "@/lib/actions/errors";
import { COLUMNS, mapHeader } from "./columns";
import { readSheet } from "./read";
import { validateRows } from "./rows";
import { changeList, planChanges, type Changes } from "./changes";
import { applyChanges } from "./apply";
import { text } from "./values";
import type { ImportInput } from "./schema";
import type { ImportReport, Issue } from "./types";

export const MAX_ISSUES = 500;

const zero = () => ({ create: 0, update: 0, unchanged: 0 });
const position = (issue: Issue) => COLUMNS.findIndex((c) => c.key === issue.column);

function report(base: Pick<ImportReport, "fileName" | "sha256">, issues: Issue[], extra: Partial<ImportReport> = {}): ImportReport {
  const sorted = [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || position(a) - position(b));
  return {
    ...base,
    rowCount: 0,
    ignoredColumns: [],
    counts: { areas: zero(), goals: zero(), measures: zero(), indicators: zero() },
    changes: [],
    applied: false,
    ...extra,
    issues: sorted.slice(0, MAX_ISSUES),
    moreIssues: Math.max(0, sorted.length - MAX_ISSUES),
  };
}

export async function runImport({ planId, file, sha256 }: ImportInput, userId: string, apply: boolean): Promise<ImportReport> {
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { state: true } });
  if (!plan) throw new UserError("notFound");
  const fileIssue = (code: Issue["code"], params?: Issue["params"]): Issue => ({ line: null, column: null, code, params });
  if (!file) return report({ fileName: "", sha256: "" }, [fileIssue("fileMissing")]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const base = { fileName: file.name, sha256: createHash("sha256").update(bytes).digest("hex") };
  if (plan.state === "ARCHIVED") return report(base, [fileIssue("planArchived")]);
  if (apply && sha256 !== base.sha256) return report(base, [fileIssue("fileChanged")]);

  const read = await readSheet(bytes);
  if (read.issue) return report(base, [read.issue]);
  const header = mapHeader(read.sheet.header.cells.map((cell) => text(cell) ?? ""), read.sheet.header.line);
  const extra = { rowCount: read.sheet.rows.length, ignoredColumns: header.ignored };
  if (header.issues.length > 0) return report(base, header.issues, extra);
  const { rows, issues } = validateRows(read.sheet, header.index);
  const result = (changes: Changes, applied: boolean) =>
    report(base, [...issues, ...changes.issues], { ...extra, counts: changes.counts, changes: changeList(changes), applied });

  if (!apply) return result(await planChanges(db, planId, rows), false);
  try {
    return await db.$transaction(
      async (tx) => {
        const changes = await planChanges(tx, planId, rows);
        if (issues.length > 0 || changes.issues.length > 0) return result(changes, false);
        await applyChanges(tx, planId, changes, userId);
        return result(changes, true);
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
  } catch (error) {
    // Someone changed the plan between our read and write inside the transaction: nothing was written.
    if (isNotFound(error)) throw new UserError("staleVersion");
    if (isUniqueViolation(error)) throw new UserError("conflict");
    throw error;
  }
}
