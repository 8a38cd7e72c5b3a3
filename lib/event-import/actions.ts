"use server";
// Import of recruitment events: preview (a dry run that writes nothing), apply (the confirmed import, of the whole
// file or of its valid rows) and the rejected rows as an XLSX to fix (reads only).
import { defineAction } from "@/lib/actions/define-action";
import { importAction } from "@/lib/spreadsheet/import-action";
import { applyInputSchema, previewInputSchema } from "./schema";
import { runEventImport } from "./import";
import { rejectedEventRows } from "./rejected";

export const previewEventImport = importAction(
  "eventImport.preview",
  "event.log",
  previewInputSchema,
  runEventImport,
  false,
  ["recruitment"],
);

export const applyEventImport = importAction("eventImport.apply", "event.log", applyInputSchema, runEventImport, true, [
  "recruitment",
]);

export const rejectedEventImportRows = defineAction("eventImport.rejected", {
  permission: "event.log",
  schema: previewInputSchema,
  refreshes: [],
  run: rejectedEventRows,
});
