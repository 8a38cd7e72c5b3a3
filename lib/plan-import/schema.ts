import { z } from "@/lib/validation";
import { checksumField, uploadFields } from "@/lib/spreadsheet/schema";

/** Preview: the plan and the file. */
export const previewInputSchema = z.object({ planId: z.string().trim().min(1).max(64), ...uploadFields });

/** Apply: the same file again, with the checksum the preview reported, so that what is written is what was shown.
 * `mode`: "all" writes only a file without errors; "valid" writes its valid rows and leaves the rejected ones out. */
export const applyInputSchema = previewInputSchema.extend({
  sha256: checksumField,
  mode: z.enum(["all", "valid"]).default("all"),
});

export type ImportInput = z.output<typeof previewInputSchema> & { sha256?: string; mode?: "all" | "valid" };
