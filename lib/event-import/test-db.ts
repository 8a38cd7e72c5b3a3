// Helpers of the events import integration tests: the state an import could change, and the calls the page makes.
import { db } from "@/lib/db";
import { dataOf } from "@/lib/spreadsheet/test-files";
import { applyEventImport, previewEventImport } from "./actions";
import { formOf } from "./test-files";
import type { EventImportReport } from "./types";

/** Every event and the size of the audit log, as text to compare. */
export const eventState = async () =>
  JSON.stringify(
    [await db.recruitmentEvent.findMany({ orderBy: { id: "asc" } }), await db.auditLog.count()],
    (_k, v) => (typeof v === "bigint" ? `${v}n` : v),
  );

export const check = async (file: File, organisationId?: string) =>
  dataOf(await previewEventImport(formOf(file, organisationId)));

/** Preview, then confirm with the checksum the preview reported (as the page does); "valid" imports the valid rows only. */
export const checkAndImport = async (file: File, organisationId?: string, mode?: "all" | "valid") =>
  dataOf(await applyEventImport(formOf(file, organisationId, (await check(file, organisationId)).sha256, mode)));

export const issueList = (report: EventImportReport) =>
  report.issues.map(({ line, column, code }) => [line, column, code]);
