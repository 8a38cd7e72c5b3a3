// Schemas of the recruitment module: one per form, shared by the form, the server action and the import.
import { z } from "@/lib/validation";
import { answerField } from "@/lib/conversation/schema";
import {
  dateField,
  filesField,
  id,
  optionalDate,
  optionalInt,
  optionalMoney,
  optionalText,
  text,
} from "@/lib/validation/fields";

export const AUDIENCES = [
  "PUBLIC",
  "FAMILIES",
  "SCHOOLS",
  "CHURCHES",
  "EMPLOYERS",
  "PROFESSIONALS",
  "MEDIA",
  "OTHER",
] as const;
export const REACH_MAX = 1_000_000; // more than the region's population is a typo, not a campaign
export const COUNT_MAX = 10_000;

export const reviewEventSchema = z
  .object({
    eventId: z.string().min(1).max(64),
    decision: z.enum(["confirm", "return"]),
    comment: z.string().trim().max(2000).optional(),
  })
  .refine((value) => value.decision === "confirm" || !!value.comment, {
    message: "commentRequired",
    path: ["comment"],
  });

/** A recruitment event as a working-group member logs it. Numbers are counts only: no personal data. */
export const eventSchema = z
  .object({
    id: id().optional(),
    version: z.number().int().min(1).optional(),
    idempotencyKey: z.string().min(8).max(64).optional(),
    programmeId: id(),
    organisationId: z.union([z.literal(""), id()]).optional(), // a member's own organisation is used regardless
    eventTypeId: id(),
    campaignId: z.union([z.literal(""), id()]).optional(),
    title: text(300),
    description: optionalText(5000),
    startDate: dateField(),
    endDate: optionalDate(),
    municipality: optionalText(120),
    placeId: id(),
    audience: z.enum(AUDIENCES),
    realisation: z.enum(["PLANNED", "REALISED"]),
    peopleReached: optionalInt(0, REACH_MAX),
    cost: optionalMoney(),
    inquiries: optionalInt(0, COUNT_MAX),
    applicants: optionalInt(0, COUNT_MAX),
    partnerIds: z.array(id()).max(30).default([]),
    submit: z.boolean().default(false), // true: send for the coordinator's review; false: keep as a draft
    answer: answerField(), // to the coordinator, when a returned event is sent again (kept in its thread)
    attachments: filesField(5),
  })
  .refine((e) => !e.endDate || e.endDate >= e.startDate, { message: "endBeforeStart", path: ["endDate"] })
  .refine((e) => e.applicants === undefined || e.inquiries === undefined || e.applicants <= e.inquiries, {
    message: "applicantsOverInquiries",
    path: ["applicants"],
  });

export type EventInput = z.input<typeof eventSchema>;
export type EventValues = z.output<typeof eventSchema>;
