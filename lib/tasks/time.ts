// Calendar arithmetic in Europe/Prague (pure): today's date, the quarter and the ISO week a moment falls in.
// Calendar dates (deadlines, event days) are stored at 00:00 UTC of their day, so "today" is the Prague day at
// 00:00 UTC; the start of a quarter is an instant (00:00 in Prague), compared with instants such as createdAt.
import { TIME_ZONE } from "@/i18n/config";

const DAY = 86_400_000;

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23",
});

/** The wall-clock date and time in Prague at `instant`. */
export function pragueClock(instant: Date) {
  const get = (type: string) => Number(parts.formatToParts(instant).find((p) => p.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** Milliseconds Prague is ahead of UTC at `instant` (1 h in winter, 2 h in summer). */
function offsetAt(instant: Date): number {
  const c = pragueClock(instant);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant of 00:00 in Prague on the given day (month 1–12). */
export function pragueMidnight(year: number, month: number, day: number): Date {
  const wall = Date.UTC(year, month - 1, day);
  const guess = wall - offsetAt(new Date(wall));
  return new Date(wall - offsetAt(new Date(guess)));
}

/** The Prague calendar day of `instant`, as a calendar date (00:00 UTC of that day). */
export function pragueToday(instant: Date): Date {
  const c = pragueClock(instant);
  return new Date(Date.UTC(c.year, c.month - 1, c.day));
}

/** The quarter (1–4) of `instant` in Prague and the instant it began. */
export function pragueQuarter(instant: Date): { year: number; quarter: number; start: Date } {
  const c = pragueClock(instant);
  const quarter = Math.floor((c.month - 1) / 3) + 1;
  return { year: c.year, quarter, start: pragueMidnight(c.year, quarter * 3 - 2, 1) };
}

/** The ISO 8601 week of the Prague day of `instant`: { year: 2026, week: 48, key: "2026-W48" }. */
export function isoWeek(instant: Date): { year: number; week: number; key: string } {
  const date = pragueToday(instant);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY); // the week belongs to the year of its Thursday
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return { year, week, key: `${year}-W${String(week).padStart(2, "0")}` };
}
