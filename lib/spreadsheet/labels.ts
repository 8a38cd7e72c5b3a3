// Enum labels for the spreadsheets, which are read in either language and written in Czech: taken from the
// messages files (messages/<locale>/*.json), so a value reads the same in a file as on the page.
import type { Locale } from "@/i18n/config";

export type Labels<T extends string> = Record<T, Record<Locale, string>>;

/** The labels of `codes` (in this order) from one message table per locale. */
export function labelsFromMessages<T extends string>(
  codes: readonly T[],
  messages: Record<Locale, Record<T, string>>,
): Labels<T> {
  return Object.fromEntries(codes.map((code) => [code, { cs: messages.cs[code], en: messages.en[code] }])) as Labels<T>;
}
