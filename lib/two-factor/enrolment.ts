// The person's own second factor: start (a new secret, not yet in force), confirm with a first code (in force, and
// ten recovery codes shown once), new recovery codes, turn off. Secrets and codes are never audited or logged.
import QRCode from "qrcode";
import { UserError } from "@/lib/actions/errors";
import { audit } from "@/lib/audit";
import { verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-holder";
import type { Db, Tx } from "@/lib/db";
import { decryptSecret, encryptSecret, hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from "./crypto";
import { requiredRoles } from "./queries";
import { groupedSecret, newTotpSecret, otpauthUri, totpStep } from "./totp";
import { takeSecondFactor } from "./verify";
import { notifySecurityChange } from "@/lib/account-links/security-notice";

const wrongCode = () => new UserError("validation", { fieldErrors: { code: ["wrongCode"] } });

/** Replaces the person's recovery codes with new ones; returns them in plain text, the only time they exist so. */
async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(normaliseRecoveryCode(code)!) })),
  });
  return codes;
}

export type Enrolment = { secret: string; grouped: string; uri: string; qr: string };

export async function startEnrolment(db: Db, user: SessionUser): Promise<Enrolment> {
  const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabledAt: true } });
  if (stored.totpEnabledAt) throw new UserError("invalidTransition");
  const secret = newTotpSecret();
  await db.user.update({ where: { id: user.id }, data: { totpSecret: encryptSecret(secret), totpLastStep: null } });
  const uri = otpauthUri(secret, user.email);
  return {
    secret,
    grouped: groupedSecret(secret),
    uri,
    qr: await QRCode.toDataURL(uri, { margin: 2, width: 240, errorCorrectionLevel: "M" }),
  };
}

export async function confirmEnrolment(
  db: Db,
  user: SessionUser,
  code: string,
  now = new Date(),
): Promise<{ codes: string[] }> {
  const stored = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (stored.totpEnabledAt) throw new UserError("invalidTransition");
  const secret = decryptSecret(stored.totpSecret);
  if (!secret) throw new UserError("invalidTransition");
  const step = await totpStep(secret, code, null, now);
  if (step === null) throw wrongCode();
  const enabled = await db.$transaction(async (tx) => {
    // Only while it is still the same pending secret and not yet in force (a second tab may have restarted it).
    const taken = await tx.user.updateMany({
      where: { id: user.id, totpSecret: stored.totpSecret, totpEnabledAt: null },
      data: { totpEnabledAt: now, totpLastStep: step },
    });
    if (taken.count !== 1) throw new UserError("invalidTransition");
    const codes = await replaceRecoveryCodes(tx, user.id);
    await audit(tx, { userId: user.id, action: "two_factor_enable", entity: "User", entityId: user.id });
    return { codes };
  });
  await notifySecurityChange(user, "two_factor_enable", now);
  return enabled;
}

export async function regenerateRecoveryCodes(
  db: Db,
  user: SessionUser,
  code: string,
  now = new Date(),
): Promise<{ codes: string[] }> {
  const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  if (!stored.totpEnabledAt) throw new UserError("invalidTransition");
  return db.$transaction(async (tx) => {
    if (!(await takeSecondFactor(tx, stored, code, now))) throw wrongCode();
    const codes = await replaceRecoveryCodes(tx, user.id);
    await audit(tx, { userId: user.id, action: "two_factor_recovery_codes", entity: "User", entityId: user.id });
    return { codes };
  });
}

export async function disableSecondFactor(
  db: Db,
  user: SessionUser,
  input: { code: string; password: string },
  now = new Date(),
): Promise<{ disabled: true }> {
  const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  if (!stored.totpEnabledAt) throw new UserError("invalidTransition");
  if ((await requiredRoles(db)).includes(stored.role)) throw new UserError("forbidden", { reason: "required" });
  const disabled = await db.$transaction(async (tx) => {
    if (input.code) {
      if (!(await takeSecondFactor(tx, stored, input.code, now))) throw wrongCode();
    } else if (!(await verifyPassword(input.password, stored.passwordHash))) {
      throw new UserError("validation", { fieldErrors: { password: ["wrongPassword"] } });
    }
    await clearSecondFactor(tx, user.id);
    await audit(tx, { userId: user.id, action: "two_factor_disable", entity: "User", entityId: user.id });
    return { disabled: true as const };
  });
  await notifySecurityChange(user, "two_factor_disable", now);
  return disabled;
}

/** Removes a person's second factor entirely: secret, state, recovery codes. */
export async function clearSecondFactor(
  tx: Tx,
  userId: string,
  extra: { sessionsValidFrom?: Date } = {},
): Promise<void> {
  await tx.user.update({
    where: { id: userId },
    data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, ...extra },
  });
  await tx.recoveryCode.deleteMany({ where: { userId } });
}
