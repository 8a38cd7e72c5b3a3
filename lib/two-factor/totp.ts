// TOTP (RFC 6238) through otplib: 6 digits, 30-second steps, SHA-1 — what every authenticator app uses. A code is
// accepted in the current step and one step either side (clock drift), and only in a step later than the last one
// accepted, so no code works twice.
import { generateSecret, generateURI, verify } from "otplib";

export const ISSUER = "Rodinná politika LK";
export const PERIOD_SECONDS = 30;
const CODE = /^\d{6}$/;

export const newTotpSecret = (): string => generateSecret();

export const otpauthUri = (secret: string, email: string): string =>
  generateURI({ issuer: ISSUER, label: email, secret });

/** The secret as people read it off the screen: groups of four. */
export const groupedSecret = (secret: string): string => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/** The code as typed without spaces; null when it is not six digits. */
export function normaliseTotpCode(input: string): string | null {
  const code = input.replace(/\s/g, "");
  return CODE.test(code) ? code : null;
}

/** The step the code belongs to when it is right now (±1 step) and later than lastStep; else null. */
export async function totpStep(
  secret: string,
  input: string,
  lastStep: number | null,
  now: Date,
): Promise<number | null> {
  const token = normaliseTotpCode(input);
  if (!token) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: PERIOD_SECONDS,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  }).catch(() => ({ valid: false as const }));
  return result.valid && "timeStep" in result ? result.timeStep : null;
}
