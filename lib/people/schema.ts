// People management by the admin: one schema per form, used by the form (zodResolver) and by the server action.
import { z } from "@/lib/validation";
import { ROLES } from "@/lib/auth/permissions";

const organisationField = z.string().max(64).optional().or(z.literal(""));

const person = {
  name: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
  /** "" = no organisation; required for a working-group member. */
  organisationId: organisationField,
};

const memberHasOrganisation = (p: { role: string; organisationId?: string }) =>
  p.role !== "MEMBER" || !!p.organisationId;
const organisationRequired = { message: "organisationRequired", path: ["organisationId"] };

export const inviteSchema = z
  .object({ ...person, email: z.string().trim().toLowerCase().min(1).max(254).email() })
  .refine(memberHasOrganisation, organisationRequired);

export const updatePersonSchema = z
  .object({ id: z.string().min(1).max(64), ...person })
  .refine(memberHasOrganisation, organisationRequired);

export const setActiveSchema = z.object({ id: z.string().min(1).max(64), active: z.boolean() });

export const personIdSchema = z.object({ id: z.string().min(1).max(64) });

export type InviteInput = z.input<typeof inviteSchema>;
export type UpdatePersonInput = z.input<typeof updatePersonSchema>;

/** The states the list shows and filters by (URL values in Czech). */
export const PERSON_STATES = ["aktivni", "ceka", "neaktivni"] as const;
export type PersonState = (typeof PERSON_STATES)[number];

/** Invited and never signed in, no password yet: waiting for the person to accept the invitation. */
export function personState(u: {
  active: boolean;
  passwordHash: string | null;
  lastSignInAt: Date | null;
}): PersonState {
  if (!u.active) return "neaktivni";
  return u.passwordHash === null && u.lastSignInAt === null ? "ceka" : "aktivni";
}
