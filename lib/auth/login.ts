// Credential check used by next-auth's authorize(). Returns the user or null; never says which part was wrong.
// Throws RateLimitedError after too many failures (lib/auth/rate-limit).
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { verifyPassword } from "./password";
import { assertNotRateLimited, recordAttempt } from "./rate-limit";
import { loginSchema } from "./schema";

export async function checkCredentials(input: unknown, ip = "unknown") {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await assertNotRateLimited(db, ip, email);
  const user = await db.user.findUnique({ where: { email } });
  const ok = (await verifyPassword(password, user?.passwordHash)) && !!user?.active;
  await recordAttempt(db, ip, email, ok);
  if (ok) await db.user.update({ where: { id: user!.id }, data: { lastSignInAt: new Date() } });
  await audit(db, {
    userId: ok ? user!.id : null,
    action: ok ? "login" : "login_failed",
    entity: "User",
    entityId: user?.id ?? null,
    after: ok ? undefined : { email },
    ip,
  });
  return ok ? { id: user!.id, email: user!.email, name: user!.name } : null;
}
