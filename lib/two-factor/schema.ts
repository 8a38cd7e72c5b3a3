import { loginSchema } from "@/lib/auth/schema";
import { ROLES } from "@/lib/auth/permissions";
import { z } from "@/lib/validation";

/** A second-factor code as typed: six digits from the app, or a recovery code (xxxx-xxxx-xx). */
const code = z.string().trim().min(1).max(40);

/** The sign-in form: e-mail and password, and once the server asked for it (SecondFactorRequired), the code. */
export const signInSchema = loginSchema.extend({ code: z.string().trim().max(40).optional() });
export type SignInInput = z.input<typeof signInSchema>;

export const codeSchema = z.object({ code });

/** Turning it off asks for a current code or the password (whichever the person has at hand). */
export const disableSchema = z
  .object({ code: z.string().trim().max(40), password: z.string().max(200) })
  .refine((value) => value.code || value.password, { message: "codeOrPassword", path: ["code"] });

export const policySchema = z.object({ roles: z.array(z.enum(ROLES)).max(ROLES.length) });

export const resetSchema = z.object({ userId: z.string().trim().min(1).max(100) });
