import { z } from "@/lib/validation";
import { ROLES } from "@/lib/auth/permissions";

export const PASSWORD_MIN = 12;

export const newUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().min(1).max(254).email(),
    name: z.string().trim().min(1).max(120),
    role: z.enum(ROLES),
    organisationId: z.string().min(1).max(64).nullish(),
    password: z.string().min(PASSWORD_MIN).max(200),
  })
  .refine((u) => u.role !== "MEMBER" || !!u.organisationId, { message: "organisationRequired", path: ["organisationId"] });

export type NewUser = z.output<typeof newUserSchema>;
