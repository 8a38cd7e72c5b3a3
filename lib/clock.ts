// The app's one clock: every "now" and "today" of the domain comes from here, so tests can set it.
// Unit and integration tests fake Date (vi.setSystemTime); the e2e server pins the clock with APP_CLOCK_START
// (playwright.config.ts), because the demo data is dated. Production never sets APP_CLOCK_START.
// Not on this clock, on purpose: sign-in sessions, TOTP codes, rate limits and one-time links (lib/auth,
// lib/two-factor, lib/account-links) pair with times the browser, the authenticator app and the database's
// @default(now()) keep in real time; durations of technical work (timeouts, retries, log timing).
import { pragueClock, pragueToday } from "@/lib/tasks/time";

let pin: { raw: string; start: number; at: number } | undefined;

/** The current instant. With APP_CLOCK_START (an ISO instant, tests only) the clock starts there the first time it is
 * read and advances in real time. */
export function now(): Date {
  const raw = process.env.APP_CLOCK_START;
  if (!raw) return new Date();
  if (pin?.raw !== raw) {
    const start = Date.parse(raw);
    if (Number.isNaN(start)) throw new Error(`APP_CLOCK_START is not an ISO instant: ${raw}`);
    pin = { raw, start, at: Date.now() };
  }
  return new Date(pin.start + Date.now() - pin.at);
}

/** Today in Prague as a calendar date (00:00 UTC of the day, as deadlines and event days are stored). */
export function today(): Date {
  return pragueToday(now());
}

/** Today in Prague as "YYYY-MM-DD" (the value of a date input). */
export function todayIso(): string {
  return today().toISOString().slice(0, 10);
}

/** The current year in Prague. */
export function currentYear(): number {
  return pragueClock(now()).year;
}
