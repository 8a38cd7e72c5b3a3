import { z } from "@/lib/validation";

export const reviewEventSchema = z.object({
  eventId: z.string().min(1).max(64),
  decision: z.enum(["confirm", "return"]),
  comment: z.string().trim().max(2000).optional(),
}).refine((value) => value.decision === "confirm" || !!value.comment, { message: "commentRequired", path: ["comment"] });

export type ReviewEventInput = z.input<typeof reviewEventSchema>;
