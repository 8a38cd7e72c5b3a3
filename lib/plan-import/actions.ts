"use server";
// Import of measures into a plan: preview (a dry run that writes nothing) and apply (the confirmed import).
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { applyInputSchema, previewInputSchema } from "./schema";
import { runImport } from "./import";

export const previewPlanImport = defineAction("planImport.preview", {
  permission: "measure.edit",
  schema: previewInputSchema,
  run: (input, user) => runImport(input, user.id, false),
});

export const applyPlanImport = defineAction("planImport.apply", {
  permission: "measure.edit",
  schema: applyInputSchema,
  run: async (input, user) => {
    const report = await runImport(input, user.id, true);
    if (report.applied) revalidatePath("/", "layout");
    return report;
  },
});
