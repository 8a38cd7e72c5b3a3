// The campaign form's schema: the form validates with it and the save action parses the same values again.
// Custom messages are keys under "campaigns.errors", the built-in ones keys under "errors.field".
import { z } from "@/lib/validation";
import { id, optionalDate, optionalText, text } from "@/lib/validation/fields";

export const campaignSchema = z
  .object({
    id: id().optional(),
    name: text(200),
    description: optionalText(2000),
    startDate: optionalDate(),
    endDate: optionalDate(),
    /** The long-running campaign a campaign week belongs to; "" for a top-level campaign. */
    parentId: z.union([z.literal(""), id()]).optional(),
  })
  .refine((c) => !c.startDate || !c.endDate || c.endDate >= c.startDate, {
    message: "endBeforeStart",
    path: ["endDate"],
  })
  .refine((c) => !c.id || c.parentId !== c.id, { message: "invalid_value", path: ["parentId"] });

export type CampaignInput = z.input<typeof campaignSchema>;
