import { z } from "@/lib/validation";
import { id } from "@/lib/validation/fields";
import { checksumField, uploadFields } from "@/lib/spreadsheet/schema";

/** Preview: the file and, for the coordinator, the organisation its rows belong to (a member's own one is used
 * regardless). A FormData call carries { organisationId } as JSON "payload" plus the "file" field. */
export const previewInputSchema = z.object({
  organisationId: z.union([z.literal(""), id()]).optional(),
  ...uploadFields,
});

/** Apply: the same file again, with the checksum the preview reported, so that what is written is what was shown.
 * `mode`: "all" writes only a file without errors; "valid" writes its valid rows and leaves the rejected ones out. */
export const applyInputSchema = previewInputSchema.extend({
  sha256: checksumField,
  mode: z.enum(["all", "valid"]).default("all"),
});

export type ApplyMode = z.output<typeof applyInputSchema>["mode"];
export type EventImportInput = z.output<typeof previewInputSchema> & { sha256?: string; mode?: ApplyMode };
