// Helpers of the import integration tests: a snapshot of everything an import could touch, and the action calls
// the page makes (preview, then apply with the checksum the preview reported).
import { db } from "@/lib/db";
import { dataOf } from "@/lib/spreadsheet/test-files";
import { applyPlanImport, previewPlanImport } from "./actions";
import { formOf } from "./test-files";
import type { ImportReport } from "./types";

export async function snapshot() {
  const order = { orderBy: { id: "asc" as const } };
  const data = await Promise.all([
    db.priorityArea.findMany(order),
    db.goal.findMany(order),
    db.measure.findMany(order),
    db.indicator.findMany(order),
    db.auditLog.count(),
  ]);
  return JSON.stringify(data, (_key, value) => (typeof value === "bigint" ? value.toString() : value));
}

export { dataOf };

export const preview = async (file: File, planId: string) => dataOf(await previewPlanImport(formOf(planId, file)));

export async function previewAndApply(file: File, planId: string) {
  const shown = await preview(file, planId);
  return dataOf(await applyPlanImport(formOf(planId, file, shown.sha256)));
}

export const lines = (report: ImportReport) => report.issues.map((i) => [i.line, i.column, i.code]);
