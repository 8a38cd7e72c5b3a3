// The app's clock in the e2e suite. The demo data is dated (plans 2024–2028, events of November 2026), so the
// server's clock (lib/clock) is pinned to this instant by playwright.config.ts and advances from it; the suite never
// reads the machine's date for what the app calls today. 09:00 in Prague: a run stays within the pinned day.
export const APP_CLOCK_START = "2026-11-30T09:00:00+01:00";

/** The app's today in Prague shifted by `days`, as "YYYY-MM-DD" (the value of a date input). */
export function appDay(days = 0): string {
  const date = new Date(`${APP_CLOCK_START.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The app's current year. */
export const APP_YEAR = Number(APP_CLOCK_START.slice(0, 4));
