// Schemas of a record's thread: one free comment, and the member's answer sent with a returned event.
import { z } from "@/lib/validation";

export const COMMENT_MAX = 2000;

/** A free comment on exactly one record: an event or a measure. */
export const addCommentSchema = z
  .object({
    eventId: z.string().min(1).max(64).optional(),
    measureId: z.string().min(1).max(64).optional(),
    text: z.string().trim().min(1).max(COMMENT_MAX),
  })
  .refine((c) => !c.eventId !== !c.measureId, { message: "oneRecord" });

/** The member's answer to the coordinator when sending a returned event again (may be empty). */
export const answerField = () => z.string().trim().max(COMMENT_MAX).optional();
