"use server";
// Import of measures into a plan: preview (a dry run that writes nothing), apply (the confirmed import, of the
// whole file or of its valid rows) and the rejected rows as an XLSX to fix (reads only).
import { defineAction } from "@/lib/actions/define-action";
import { importAction } from "@/lib/spreadsheet/import-action";
import { applyInputSchema, previewInputSchema } from "./schema";
import { runImport } from "./import";
import { rejectedPlanRows } from "./rejected";

export const previewPlanImport = importAction(
  "planImport.preview",
  "plan.write",
  previewInputSchema,
  (input, user, apply) => runImport(input, user.id, apply),
  false,
  ["plan"],
);

export const applyPlanImport = importAction(
  "planImport.apply",
  "plan.write",
  applyInputSchema,
  (input, user, apply) => runImport(input, user.id, apply),
  true,
  ["plan"],
);

export const rejectedPlanImportRows = defineAction("planImport.rejected", {
  permission: "plan.write",
  schema: previewInputSchema,
  refreshes: [],
  run: rejectedPlanRows,
});
