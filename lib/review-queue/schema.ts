import { z } from "@/lib/validation";

/** The most the queue shows at once, and so the most that one bulk confirmation takes. */
export const QUEUE_LIMIT = 100;

/** Several submitted events confirmed at once, with one optional note for all of them. */
export const reviewEventsSchema = z.object({
  eventIds: z.array(z.string().min(1).max(64)).min(1).max(QUEUE_LIMIT),
  note: z.string().trim().max(2000).optional(),
});
