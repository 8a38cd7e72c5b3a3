import "server-only";
// One events import run: read the file, check every row, work out the changes and (when applying) write them in
// one transaction. Applying "all" writes nothing when any row has an issue; applying "valid" writes the valid rows
// and leaves the rejected ones out (the user chose so in the preview; rejected.ts gives them back as a file).
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { UserError } from "@/lib/actions/errors";
import { loggingOrganisation } from "@/lib/recruitment/access";
import { firstListed, listIssues, previewOrApply, readUpload } from "@/lib/spreadsheet/upload";
import type { FileInfo } from "@/lib/spreadsheet/types";
import { mapHeader, positionOf } from "./columns";
import { planEvents, type Planned } from "./changes";
import { applyEvents } from "./apply";
import type { EventImportInput } from "./schema";
import type { EventImportReport, Issue } from "./types";

function report(base: FileInfo, issues: Issue[], extra: Partial<EventImportReport> = {}): EventImportReport {
  return {
    ...base,
    rowCount: 0,
    ignoredColumns: [],
    counts: { create: 0, update: 0, unchanged: 0 },
    rejected: 0,
    changes: [],
    moreChanges: 0,
    organisationIgnored: false,
    applied: false,
    ...extra,
    ...listIssues(issues, positionOf),
  };
}

/** The lines of the rows with an issue. */
export const rejectedLines = (planned: Planned) =>
  new Set(planned.issues.flatMap((i) => (i.line === null ? [] : [i.line])));

const written = (planned: Planned) => ({
  created: planned.changes.filter((c) => !c.existing).length,
  updated: planned.changes.filter((c) => c.existing).length,
});

const summary = (planned: Planned): Partial<EventImportReport> => {
  const { listed, more } = firstListed(planned.changes);
  return {
    counts: { create: written(planned).created, update: written(planned).updated, unchanged: planned.unchanged },
    rejected: rejectedLines(planned).size,
    changes: listed.map((c) => ({
      line: c.line,
      date: c.fields.startDate.toISOString().slice(0, 10),
      title: c.fields.title,
      organisation: planned.organisationName(c.organisationId),
      action: c.existing ? "update" : "create",
    })),
    moreChanges: more,
    organisationIgnored: planned.organisationIgnored,
  };
};

/** The file read and its header mapped (or its problems), with the organisation the rows default to. */
export async function readEventUpload(input: EventImportInput, user: SessionUser, apply: boolean) {
  const fixed = loggingOrganisation(user);
  if (fixed === null) throw new UserError("forbidden");
  const chosen = fixed === undefined ? input.organisationId || undefined : undefined;
  if (chosen && !(await db.organisation.findUnique({ where: { id: chosen } }))) throw new UserError("notFound");
  return { upload: await readUpload(input, apply, mapHeader), chosen };
}

export async function runEventImport(
  input: EventImportInput,
  user: SessionUser,
  apply: boolean,
): Promise<EventImportReport> {
  const { upload, chosen } = await readEventUpload(input, user, apply);
  const extra = { rowCount: upload.rowCount, ignoredColumns: upload.ignoredColumns };
  if (!upload.read) return report(upload.base, upload.issues, extra);
  const { sheet, index } = upload.read;
  const validOnly = input.mode === "valid";

  return previewOrApply(
    apply,
    { kind: "EVENTS", userId: user.id, ...upload.base, rowCount: upload.rowCount },
    {
      plan: (client) => planEvents(client, sheet, index, user, chosen),
      ok: (planned) => (validOnly ? planned.changes.length > 0 : planned.issues.length === 0),
      write: (tx, planned) => applyEvents(tx, planned.changes, user.id),
      counts: written,
      report: (planned, applied) => report(upload.base, planned.issues, { ...extra, ...summary(planned), applied }),
    },
  );
}
