// Login rate limiting kept in the database (LoginAttempt), so it holds across restarts and app instances:
// at most MAX_FAILURES failed attempts per IP + account within WINDOW_MINUTES (a successful sign-in clears the count),
// and at most MAX_IP_FAILURES per IP over all accounts.
import type { Db } from "@/lib/db";

export const WINDOW_MINUTES = 15;
export const MAX_FAILURES = 5;
export const MAX_IP_FAILURES = 30;

const keyOf = (ip: string, email: string) => `${ip}|${email}`;
const ipPrefix = (ip: string) => `${ip}|`;

export class RateLimitedError extends Error {
  constructor() {
    super("RateLimited");
  }
}

export async function assertNotRateLimited(db: Db, ip: string, email: string, now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const key = keyOf(ip, email);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { key, success: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
  });
  const [forAccount, forIp] = await Promise.all([
    db.loginAttempt.count({ where: { key, success: false, createdAt: { gte: lastSuccess?.createdAt ?? since } } }),
    db.loginAttempt.count({ where: { key: { startsWith: ipPrefix(ip) }, success: false, createdAt: { gte: since } } }),
  ]);
  if (forAccount >= MAX_FAILURES || forIp >= MAX_IP_FAILURES) throw new RateLimitedError();
}

export async function recordAttempt(db: Db, ip: string, email: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { key: keyOf(ip, email), success } });
}

// Password-reset requests ("Zapomenuté heslo"), kept in the same table under keys "reset|<ip>|<email>": at most
// RESET_PER_EMAIL accepted requests per e-mail (from any address) and RESET_PER_IP per IP within WINDOW_MINUTES.
export const RESET_PER_EMAIL = 3;
export const RESET_PER_IP = 30;
const resetKey = (ip: string, email: string) => `reset|${ip}|${email}`;

/** Whether a reset request may go ahead; an accepted one is counted, a refused one is not (it sends nothing). */
export async function takeResetRequest(db: Db, ip: string, email: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const [forEmail, forIp] = await Promise.all([
    db.loginAttempt.count({
      where: { key: { startsWith: "reset|", endsWith: `|${email}` }, createdAt: { gte: since } },
    }),
    db.loginAttempt.count({ where: { key: { startsWith: `reset|${ip}|` }, createdAt: { gte: since } } }),
  ]);
  if (forEmail >= RESET_PER_EMAIL || forIp >= RESET_PER_IP) return false;
  await db.loginAttempt.create({ data: { key: resetKey(ip, email), success: true, createdAt: now } });
  return true;
}
