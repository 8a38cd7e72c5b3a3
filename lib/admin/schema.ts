import { z } from "@/lib/validation";
import { intField, text } from "@/lib/validation/fields";

export const eventTypeSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{1,39}$/, "invalid_format"),
  isNew: z.boolean(),
  nameCs: text(120),
  nameEn: text(120),
  sortOrder: intField(0, 999),
  active: z.boolean(),
});
