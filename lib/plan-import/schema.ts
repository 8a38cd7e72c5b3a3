import { z } from "@/lib/validation";
import { checksumField, uploadFields } from "@/lib/spreadsheet/schema";

/** Preview: the plan and the file. */
export const previewInputSchema = z.object({ planId: z.string().trim().min(1).max(64), ...uploadFields });

/** Apply: the same file again, with the checksum the preview reported, so that what is written is what was shown. */
export const applyInputSchema = previewInputSchema.extend({ sha256: checksumField });

export type ImportInput = z.output<typeof previewInputSchema> & { sha256?: string };
