// One schema for the organisation form and its server actions (the server parses the same values again).
import { z } from "@/lib/validation";
import { id, optionalText, text } from "@/lib/validation/fields";
import { icoProblem, normaliseIco } from "./ico";

export const ORGANISATION_KINDS = ["NGO", "MUNICIPALITY", "REGIONAL_OFFICE", "OTHER"] as const;

/** IČO is optional (some bodies have none); typed with spaces or without, stored as its 8 digits. */
const icoField = z
  .string()
  .max(40)
  .optional()
  .transform((v) => normaliseIco(v ?? ""))
  .superRefine((v, ctx) => {
    const problem = v === "" ? null : icoProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const organisationSchema = z.object({
  name: text(200),
  shortName: optionalText(60),
  ico: icoField,
  kind: z.enum(ORGANISATION_KINDS),
  /** The seat's ORP; "" for a body seated outside the region's ORPs (e.g. a ministry). */
  placeId: z.string().max(64),
  isWorkingGroupMember: z.boolean(),
});

export const updateOrganisationSchema = organisationSchema.extend({ id: id() });
export const setActiveSchema = z.object({ id: id(), active: z.boolean() });

export type OrganisationInput = z.input<typeof organisationSchema>;
export type OrganisationValues = z.output<typeof organisationSchema>;
