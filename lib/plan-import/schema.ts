import { z } from "@/lib/validation";

/** Preview: the plan and the file. A FormData call carries { planId } as JSON "payload" plus the "file" field. */
export const previewInputSchema = z.object({
  planId: z.string().trim().min(1).max(64),
  file: z.instanceof(File).optional(),
});

/** Apply: the same file again, with the checksum the preview reported, so that what is written is what was shown. */
export const applyInputSchema = previewInputSchema.extend({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type ImportInput = z.output<typeof previewInputSchema> & { sha256?: string };
