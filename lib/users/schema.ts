import { z } from "@/lib/validation";
import { ROLES } from "@/lib/auth/permissions";

export const PASSWORD_MIN = 12;
const COMMON = ["heslo", "password", "123456", "qwerty", "liberec", "rodina"];

/** bcrypt reads at most 72 bytes of UTF-8; a longer password is refused rather than silently cut (ASVS 2.1.3). */
export const PASSWORD_MAX_BYTES = 72;

/** The password policy: 12+ characters and at most 72 bytes, not built on a common word or on the account's e-mail
 * name. */
export const passwordField = z
  .string()
  .min(PASSWORD_MIN)
  .max(128)
  .refine((p) => new TextEncoder().encode(p).length <= PASSWORD_MAX_BYTES, "passwordTooLong")
  .refine(
    (p) =>
      new Set(p).size >= 5 &&
      !COMMON.some((w) =>
        p
          .toLowerCase()
          .replace(/[^a-z0-9]/g, "")
          .startsWith(w),
      ),
    "weakPassword",
  );

export const notBasedOnEmail = (email: string, password: string) => {
  const name = email
    .split("@")[0]
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
  return (
    name.length < 3 ||
    !password
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "")
      .includes(name)
  );
};

export const newUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().min(1).max(254).email(),
    name: z.string().trim().min(1).max(120),
    role: z.enum(ROLES),
    organisationId: z.string().min(1).max(64).nullish(),
    password: passwordField,
  })
  .refine((u) => u.role !== "MEMBER" || !!u.organisationId, {
    message: "organisationRequired",
    path: ["organisationId"],
  })
  .refine((u) => notBasedOnEmail(u.email, u.password), { message: "weakPassword", path: ["password"] });

export const changePasswordSchema = z
  .object({ current: z.string().min(1).max(200), password: passwordField, confirm: z.string().max(200) })
  .refine((v) => v.password === v.confirm, { message: "passwordMismatch", path: ["confirm"] })
  .refine((v) => v.password !== v.current, { message: "weakPassword", path: ["password"] });
