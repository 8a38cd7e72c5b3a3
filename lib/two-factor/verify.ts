// One check of a second-factor code, used by the sign-in and by the account actions that ask for a current code:
// a TOTP code (six digits) or an unused recovery code. Each is taken at most once, also against a parallel request:
// the write that takes it only matches while it is still free.
import type { Db, Tx } from "@/lib/db";
import { decryptSecret, hashRecoveryCode, normaliseRecoveryCode } from "./crypto";
import { normaliseTotpCode, totpStep } from "./totp";

export type SecondFactorUser = { id: string; totpSecret: string | null; totpLastStep: number | null };
export type SecondFactorMethod = "totp" | "recovery_code";

/** The kind of code that was taken, or null when the code is wrong, old or already used. */
export async function takeSecondFactor(
  db: Db | Tx,
  user: SecondFactorUser,
  input: string,
  now = new Date(),
): Promise<SecondFactorMethod | null> {
  if (normaliseTotpCode(input)) {
    const secret = decryptSecret(user.totpSecret);
    const step = secret ? await totpStep(secret, input, user.totpLastStep, now) : null;
    if (step === null) return null;
    const taken = await db.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return taken.count === 1 ? "totp" : null;
  }
  const code = normaliseRecoveryCode(input);
  if (!code) return null;
  const stored = await db.recoveryCode.findFirst({
    where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
  });
  if (!stored) return null;
  const taken = await db.recoveryCode.updateMany({ where: { id: stored.id, usedAt: null }, data: { usedAt: now } });
  return taken.count === 1 ? "recovery_code" : null;
}
