"use server";
// Import of measures into a plan: preview (a dry run that writes nothing) and apply (the confirmed import).
import { importAction } from "@/lib/spreadsheet/import-action";
import { applyInputSchema, previewInputSchema } from "./schema";
import { runImport } from "./import";

export const previewPlanImport = importAction("planImport.preview", "measure.edit", previewInputSchema, (input, user, apply) => runImport(input, user.id, apply), false);

export const applyPlanImport = importAction("planImport.apply", "measure.edit", applyInputSchema, (input, user, apply) => runImport(input, user.id, apply), true);
