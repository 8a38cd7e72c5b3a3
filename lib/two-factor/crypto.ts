// What the second factor keeps at rest: the TOTP secret encrypted with AES-256-GCM, recovery codes only as HMACs.
// Both keys are derived (HKDF-SHA256) from the server's auth secret (lib/auth/secret), each for its own purpose, so a
// copy of the database alone gives neither a usable secret nor a code. A changed AUTH_SECRET makes stored secrets
// unreadable: the admin then resets the person's second factor (README, "Two-factor sign-in").
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

function keyFor(purpose: "totp-secret" | "recovery-code"): Buffer {
  const secret = authSecret();
  if (!secret) throw new Error("AUTH_SECRET is not set (and no local secret in data/)");
  return Buffer.from(hkdfSync("sha256", secret, "rodina-lk two-factor", purpose, 32));
}

export function encryptSecret(plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFor("totp-secret"), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The stored secret in plain text, or null when it cannot be read (another key, a damaged value). */
export function decryptSecret(stored: string | null | undefined): string | null {
  if (!stored?.startsWith(`${VERSION}:`)) return null;
  try {
    const raw = Buffer.from(stored.slice(VERSION.length + 1), "base64url");
    const decipher = createDecipheriv("aes-256-gcm", keyFor("totp-secret"), raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

// Recovery codes: 10 characters from 31 that are hard to confuse (no 0/o, 1/l/i), about 49 bits each, shown as
// xxxx-xxxx-xx. High-entropy and tried under the sign-in rate limit, so an HMAC is enough (no bcrypt).
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
export const RECOVERY_CODE_COUNT = 10;
const CODE_LENGTH = 10;

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/** The code as typed, without spaces, dashes and case; null when it cannot be a recovery code. */
export function normaliseRecoveryCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, "").toLowerCase();
  return code.length === CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

export function hashRecoveryCode(normalised: string): string {
  return createHmac("sha256", keyFor("recovery-code")).update(normalised).digest("base64url");
}
