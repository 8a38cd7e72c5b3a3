// Czech-first formatting. Calendar dates (deadlines, event days) are stored at 00:00 UTC and shown in UTC so the
// day never shifts; instants (createdAt) are shown in Europe/Prague.
import { TIME_ZONE, type Locale } from "@/i18n/config";

const tag = (locale: Locale) => (locale === "cs" ? "cs-CZ" : "en-GB");

export function formatDate(date: Date, locale: Locale = "cs"): string {
  return new Intl.DateTimeFormat(tag(locale), {
    day: "numeric",
    month: "numeric",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

export function formatDateTime(date: Date, locale: Locale = "cs"): string {
  return new Intl.DateTimeFormat(tag(locale), {
    day: "numeric",
    month: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: TIME_ZONE,
  }).format(date);
}

/** A month on a chart axis: "led 2024" / "Jan 2024" (Intl's cs month and year together give the long "leden 2024"). */
export function formatMonth(date: Date, locale: Locale = "cs"): string {
  return `${new Intl.DateTimeFormat(tag(locale), { month: "short", timeZone: "UTC" }).format(date)} ${date.getUTCFullYear()}`;
}

/** "2024-01" → the first day of that month at 00:00 UTC. */
export function monthStart(month: string): Date {
  return new Date(`${month}-01T00:00:00Z`);
}

/** Labels of a time axis in one style for all its dates: years when every date is 31 December, months when no two
 * dates share a month, days otherwise. */
export function formatTimeAxis(dates: Date[], locale: Locale = "cs"): string[] {
  if (dates.every((d) => d.getUTCMonth() === 11 && d.getUTCDate() === 31))
    return dates.map((d) => String(d.getUTCFullYear()));
  const months = new Set(dates.map((d) => d.getUTCFullYear() * 12 + d.getUTCMonth()));
  return dates.map((d) => (months.size === dates.length ? formatMonth(d, locale) : formatDate(d, locale)));
}

export function formatNumber(value: number, locale: Locale = "cs", fractionDigits?: number): string {
  return new Intl.NumberFormat(tag(locale), {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits ?? 2,
  }).format(value);
}

/** Money kept in haléře (1/100 Kč) as a bigint or number. */
export function formatMoney(haler: bigint | number, locale: Locale = "cs"): string {
  const kc = Number(haler) / 100;
  return new Intl.NumberFormat(tag(locale), { style: "currency", currency: "CZK", minimumFractionDigits: 2 }).format(
    kc,
  );
}

export function formatPercent(ratio: number, locale: Locale = "cs"): string {
  return new Intl.NumberFormat(tag(locale), { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}

/** "2019-10-05" → the Date at 00:00 UTC of that day; null for anything that is not a real calendar date. */
export function parseCalendarDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** "329 693,55" or "329693.55" → haléře; null when not a money amount. */
export function parseMoney(value: string): bigint | null {
  const cleaned = value.replace(/[\s\u00a0]|Kč/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ""] = cleaned.replace("-", "").split(".");
  const haler = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
  return cleaned.startsWith("-") ? -haler : haler;
}
