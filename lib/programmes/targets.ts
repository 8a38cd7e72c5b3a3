// Target arithmetic of a programme (pure, shared by the form, the actions and the pages).

/** Every calendar year a period touches, first to last ("2016-10-01"–"2019-09-30" → 2016…2019). */
export function yearsBetween(fromYear: number, toYear: number): number[] {
  return toYear < fromYear ? [] : Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
}

export const periodYears = (start: Date, end: Date) => yearsBetween(start.getUTCFullYear(), end.getUTCFullYear());

/** `total` spread over the years as evenly as whole numbers allow, the remainder to the first years (20 over 3 → 7, 7, 6). */
export function spreadEvenly(total: number, years: number[]): { year: number; target: number }[] {
  const n = years.length;
  if (n === 0) return [];
  return years.map((year, i) => ({ year, target: Math.floor(total / n) + (i < total % n ? 1 : 0) }));
}

export const sumOf = (values: readonly (number | null | undefined)[]) =>
  values.reduce<number>((sum, v) => sum + (v ?? 0), 0);

/** Confirmed / target, 0 when there is no target. */
export const fulfilment = (confirmed: number, target: number | null | undefined) => (target ? confirmed / target : 0);

/** A figure shared by `participants` people, per person to one decimal (142 seminars / 12 workers → 11.8); null when
 * the target is not shared. */
export const perParticipant = (value: number, participants: number | null | undefined) =>
  participants ? Math.round((value / participants) * 10) / 10 : null;

export type YearRow = { year: number; target: number | null; confirmed: number };

/** One row per year of the period and per other year with counted events, with its sub-target (if any). */
export function yearTable(
  years: number[],
  targets: { year: number; target: number }[],
  counts: { year: number; count: number }[],
): YearRow[] {
  const all = [...new Set([...years, ...targets.map((t) => t.year), ...counts.map((c) => c.year)])].sort(
    (a, b) => a - b,
  );
  return all.map((year) => ({
    year,
    target: targets.find((t) => t.year === year)?.target ?? null,
    confirmed: counts.find((c) => c.year === year)?.count ?? 0,
  }));
}
