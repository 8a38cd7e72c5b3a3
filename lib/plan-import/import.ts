import "server-only";
// One import run: read the file, check it, work out the changes and (when applying) write them in one transaction.
// Applying "all" writes nothing when any row has an issue; applying "valid" writes the rows without issues and
// leaves the rejected ones out (rejected.ts gives them back as a file). With rejected rows the preview's counts and
// changes are those of the valid rows, i.e. what "valid" would write.
import { db } from "@/lib/db";
import { UserError } from "@/lib/actions/errors";
import { firstListed, listIssues, previewOrApply, readUpload } from "@/lib/spreadsheet/upload";
import type { FileInfo, Sheet } from "@/lib/spreadsheet/types";
import { mapHeader, positionOf, type ColumnIndex } from "./columns";
import { validateRows } from "./rows";
import { changeList, planChanges, type Changes, type Reader } from "./changes";
import { applyChanges } from "./apply";
import type { ImportInput } from "./schema";
import type { ImportReport, Issue } from "./types";

const zero = () => ({ create: 0, update: 0, unchanged: 0 });

function report(base: FileInfo, issues: Issue[], extra: Partial<ImportReport> = {}): ImportReport {
  return {
    ...base,
    rowCount: 0,
    ignoredColumns: [],
    counts: { areas: zero(), goals: zero(), measures: zero(), indicators: zero() },
    changes: [],
    moreChanges: 0,
    rejected: 0,
    applied: false,
    ...extra,
    ...listIssues(issues, positionOf),
  };
}

type Planned = { issues: Issue[]; rejected: Set<number>; changes: Changes };

/** The records an import writes: areas, goals, measures and indicators together. */
const written = ({ changes: { counts } }: Planned) => {
  const all = Object.values(counts);
  return { created: all.reduce((n, c) => n + c.create, 0), updated: all.reduce((n, c) => n + c.update, 0) };
};

/** Every issue of the file, the rejected lines, and the changes of the valid rows. */
export async function planImport(client: Reader, planId: string, sheet: Sheet, index: ColumnIndex): Promise<Planned> {
  const { rows, issues: rowIssues } = validateRows(sheet, index);
  const all = await planChanges(client, planId, rows);
  const issues = [...rowIssues, ...all.issues];
  const rejected = new Set(issues.flatMap((i) => (i.line === null ? [] : [i.line])));
  const valid = rows.filter((row) => !rejected.has(row.line));
  return { issues, rejected, changes: valid.length === rows.length ? all : await planChanges(client, planId, valid) };
}

/** The plan (which must exist and not be archived) and the file read, or the report of why not. */
export async function readPlanUpload(input: ImportInput, apply: boolean) {
  const plan = await db.plan.findUnique({ where: { id: input.planId }, select: { state: true } });
  if (!plan) throw new UserError("notFound");
  const upload = await readUpload(input, apply, mapHeader);
  if (plan.state === "ARCHIVED" && input.file)
    return { upload, refused: report(upload.base, [{ line: null, column: null, code: "planArchived" }]) };
  const extra = { rowCount: upload.rowCount, ignoredColumns: upload.ignoredColumns };
  return { upload, refused: upload.read ? undefined : report(upload.base, upload.issues, extra) };
}

export async function runImport(input: ImportInput, userId: string, apply: boolean): Promise<ImportReport> {
  const { upload, refused } = await readPlanUpload(input, apply);
  if (refused || !upload.read) return refused!;
  const { sheet, index } = upload.read;
  const extra = { rowCount: upload.rowCount, ignoredColumns: upload.ignoredColumns };
  const validOnly = input.mode === "valid";

  return previewOrApply(
    apply,
    { kind: "PLAN", userId, ...upload.base, rowCount: upload.rowCount },
    {
      plan: (client) => planImport(client, input.planId, sheet, index),
      ok: (planned) =>
        validOnly
          ? planned.changes.issues.length === 0 && planned.rejected.size < upload.rowCount
          : planned.issues.length === 0,
      write: (tx, planned) => applyChanges(tx, input.planId, planned.changes, userId),
      counts: written,
      report: (planned, applied) => {
        const { listed, more } = firstListed(changeList(planned.changes));
        return report(upload.base, planned.issues, {
          ...extra,
          counts: planned.changes.counts,
          changes: listed,
          moreChanges: more,
          rejected: planned.rejected.size,
          applied,
        });
      },
    },
  );
}
