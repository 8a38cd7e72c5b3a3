// Credential check used by next-auth's authorize(). Returns the user or null; never says which part was wrong.
// Throws RateLimitedError after too many failures (lib/auth/rate-limit). For a person with a second factor the
// password alone never makes a session: without a code it throws SecondFactorRequiredError (the form then asks for
// one), with a wrong, old or used code SecondFactorInvalidError; a wrong code counts as a failed attempt.
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { takeSecondFactor } from "@/lib/two-factor/verify";
import { verifyPassword } from "./password";
import { assertNotRateLimited, recordAttempt } from "./rate-limit";
import { signInSchema } from "@/lib/two-factor/schema";

export class SecondFactorRequiredError extends Error {
  constructor() {
    super("SecondFactorRequired");
  }
}

export class SecondFactorInvalidError extends Error {
  constructor() {
    super("SecondFactorInvalid");
  }
}

export async function checkCredentials(input: unknown, ip = "unknown", now = new Date()) {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const code = parsed.data.code?.trim() || null;
  await assertNotRateLimited(db, ip, email, now);
  const user = await db.user.findUnique({ where: { email } });
  const ok = (await verifyPassword(password, user?.passwordHash)) && !!user?.active;
  if (!ok) {
    await recordAttempt(db, ip, email, false);
    await audit(db, {
      userId: null,
      action: "login_failed",
      entity: "User",
      entityId: user?.id ?? null,
      after: { email },
      ip,
    });
    return null;
  }
  let method: string | undefined;
  if (user.totpEnabledAt) {
    // Nothing is recorded yet: a success here would clear the failure count that guards the codes.
    if (!code) throw new SecondFactorRequiredError();
    const taken = await takeSecondFactor(db, user, code, now);
    if (!taken) {
      await recordAttempt(db, ip, email, false);
      await audit(db, {
        userId: null,
        action: "login_failed",
        entity: "User",
        entityId: user.id,
        after: { email, reason: "second_factor" },
        ip,
      });
      throw new SecondFactorInvalidError();
    }
    method = taken;
  }
  await recordAttempt(db, ip, email, true);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await audit(db, {
    userId: user.id,
    action: "login",
    entity: "User",
    entityId: user.id,
    after: method ? { secondFactor: method } : undefined,
    ip,
  });
  return { id: user.id, email: user.email, name: user.name };
}
