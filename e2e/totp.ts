// TOTP codes for e2e sign-ins (otplib, the same library the server checks with). The server takes each 30-second
// step at most once per account (User.totpLastStep), so a code is computed for a step later than the one the
// account last used — read from the e2e database, the server's own record — waiting for the next step's boundary when
// the current one is taken already (a second sign-in within the same 30 s).
import { generate } from "otplib";
import { queryOne } from "./db";

const PERIOD_MS = 30_000;

export async function freshTotpCode(email: string, secret: string): Promise<string> {
  const { lastStep } = queryOne<{ lastStep: number | null }>(
    "SELECT totpLastStep AS lastStep FROM User WHERE email = ?",
    email,
  ) ?? { lastStep: null };
  const nextFree = lastStep === null ? 0 : lastStep + 1;
  const wait = nextFree * PERIOD_MS - Date.now();
  // Until the clock reaches the first step this account has not used (at most one period); then a little past it, so
  // the code is not computed on the boundary itself.
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 250));
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) });
}
