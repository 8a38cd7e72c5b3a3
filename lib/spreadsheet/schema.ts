import { z } from "@/lib/validation";

/** The uploaded file of an import: a FormData call carries the other fields as JSON "payload" plus a "file" field. */
export const uploadFields = { file: z.instanceof(File).optional() };
/** Applying repeats the file with the checksum the preview reported. */
export const checksumField = z.string().regex(/^[0-9a-f]{64}$/);
