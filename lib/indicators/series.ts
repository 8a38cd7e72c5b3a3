// Dated histories of computed indicators (pure). A computed indicator's values are never typed: they are derived
// from the app's own data on every read, so the figure is the one its source shows on its own page.
const DAY = 86_400_000;

export type DatedValue = { value: number; measuredOn: Date };
export type DayCount = { day: Date; count: number };

const yearEnd = (year: number) => new Date(Date.UTC(year, 11, 31));

/**
 * Cumulative count at the end of every quarter from `from` to `to` (the last point is `to` itself, so the latest
 * value is the count of everything dated up to and including that day). Days after `to` are not counted.
 */
export function cumulativeByQuarter(days: DayCount[], from: Date, to: Date): DatedValue[] {
  const sorted = days.filter((d) => d.day.getTime() <= to.getTime()).sort((a, b) => a.day.getTime() - b.day.getTime());
  const first = sorted.length && sorted[0].day < from ? sorted[0].day : from;
  const points: DatedValue[] = [];
  let i = 0;
  let total = 0;
  for (
    let y = first.getUTCFullYear(), q = Math.floor(first.getUTCMonth() / 3);
    Date.UTC(y, q * 3, 1) <= to.getTime();
    q === 3 ? (y++, (q = 0)) : q++
  ) {
    const end = new Date(Math.min(Date.UTC(y, q * 3 + 3, 1) - DAY, to.getTime()));
    while (i < sorted.length && sorted[i].day.getTime() <= end.getTime()) total += sorted[i++].count;
    points.push({ value: total, measuredOn: end });
  }
  return points;
}

/** One value per year at 31 December (the year of `asOf` at `asOf`), years after `asOf` left out. */
export function byYear(values: { year: number; value: number }[], asOf: Date, cumulative = false): DatedValue[] {
  const sorted = values.filter((v) => Date.UTC(v.year, 0, 1) <= asOf.getTime()).sort((a, b) => a.year - b.year);
  let total = 0;
  return sorted.map((v) => {
    total += v.value;
    return {
      value: cumulative ? total : v.value,
      measuredOn: new Date(Math.min(yearEnd(v.year).getTime(), asOf.getTime())),
    };
  });
}
