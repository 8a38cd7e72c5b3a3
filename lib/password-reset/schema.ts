// The forms of a signed-out visitor: ask for a reset link, set a password through a link. One schema each, used by
// the form (react-hook-form) and by the server action; the policy is the account password's (lib/users/schema).
import { z } from "@/lib/validation";
import { notBasedOnEmail, passwordField } from "@/lib/users/schema";

export const forgotPasswordSchema = z.object({ email: z.string().trim().toLowerCase().min(1).max(254).email() });

const passwordPair = z.object({ password: passwordField, confirm: z.string().max(200) });

/** New password + confirmation; with the account's e-mail also "not built on the e-mail's name" (the page knows it,
 * the server checks it again once the link has told it whose account this is). */
export const setPasswordSchema = (email?: string) =>
  passwordPair
    .refine((v) => v.password === v.confirm, { message: "passwordMismatch", path: ["confirm"] })
    .refine((v) => !email || notBasedOnEmail(email, v.password), { message: "weakPassword", path: ["password"] });

/** What the action receives: the pair plus the link's token (at most a 43-character base64url string). */
export const setPasswordInput = passwordPair.extend({ token: z.string().min(1).max(100) });
