// The one order for text shown to people: Czech collation (Č after C, Ch after H, Ž last), numbers inside codes by
// value (2.1.3 before 2.1.10). Databases sort names in byte order (Česká Lípa after Turnov), so lists of names are
// read from the database and sorted here.
import type { Locale } from "@/i18n/config";

const collators: Record<Locale, Intl.Collator> = {
  cs: new Intl.Collator("cs", { numeric: true }),
  en: new Intl.Collator("en", { numeric: true }),
};

/** Compares two texts in Czech order (names, titles, codes); `locale` for labels translated into the UI language. */
export const compareText = (a: string, b: string, locale: Locale = "cs") => collators[locale].compare(a, b);

export const byName = (a: { name: string }, b: { name: string }) => compareText(a.name, b.name);

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts rows in place by name in Czech order, first by `group` when given (an enum code such as the place kind, in
 * the database's order); returns them. */
export function sortByName<T extends { name: string }>(rows: T[], group?: (row: T) => string): T[] {
  return rows.sort((a, b) => (group ? byCode(group(a), group(b)) : 0) || byName(a, b));
}
