"use server";
// Import of recruitment events: preview (a dry run that writes nothing) and apply (the confirmed import).
import { importAction } from "@/lib/spreadsheet/import-action";
import { applyInputSchema, previewInputSchema } from "./schema";
import { runEventImport } from "./import";

export const previewEventImport = importAction("eventImport.preview", "event.log", previewInputSchema, runEventImport, false);

export const applyEventImport = importAction("eventImport.apply", "event.log", applyInputSchema, runEventImport, true);
