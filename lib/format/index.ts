// Czech-first formatting. Calendar dates (deadlines, event days) are stored at 00:00 UTC and shown in UTC so the
// day never shifts; instants (createdAt) are shown in Europe/Prague.
import { TIME_ZONE, type Locale } from "@/i18n/config";

const tag = (locale: Locale) => (locale === "cs" ? "cs-CZ" : "en-GB");

export function formatDate(date: Date, locale: Locale = "cs"): string {
  return new Intl.DateTimeFormat(tag(locale), { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" }).format(date);
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

export function formatNumber(value: number, locale: Locale = "cs", fractionDigits?: number): string {
  return new Intl.NumberFormat(tag(locale), {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits ?? 2,
  }).format(value);
}

/** Money kept in haléře (1/100 Kč) as a bigint or number. */
export function formatMoney(haler: bigint | number, locale: Locale = "cs"): string {
  const kc = Number(haler) / 100;
  return new Intl.NumberFormat(tag(locale), { style: "currency", currency: "CZK", minimumFractionDigits: 2 }).format(kc);
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
