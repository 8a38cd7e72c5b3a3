// Burn-up and forecast of a counted target (e.g. at least 60 recruitment activities over five years).
// Pace = confirmed activities in the last 365 days. Forecast = the day the remaining activities would be reached at
// that pace, or how many would be missing at the end of the period. Pace label, in order:
//   reached   – the target is met;
//   ahead     – at least 10 % above the planned count for today (the yearly sub-targets, spread evenly in each year);
//   on track  – at or above the planned count;
//   at risk   – below the planned count, but the pace reaches the target by the end of the period;
//   off track – the pace does not reach the target by the end (or the period ended short of it).
const DAY = 86_400_000;
export const AHEAD_MARGIN = 0.1;

export type PaceLabel = "REACHED" | "AHEAD" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK";
/** Confirmed, counted activities per day (from the CountedEventDay tally or a GROUP BY on the events). */
export type DayCount = { day: Date; count: number };
export type ProgrammeShape = { periodStart: Date; periodEnd: Date; totalTarget: number; yearTargets: Record<number, number> };
export type Forecast = {
  done: number;
  plannedToDate: number;
  pacePerYear: number;
  reachedOn: Date | null; // when the target was or will be reached at the current pace
  shortAtEnd: number; // activities missing at the end of the period at the current pace (0 when reached)
  ended: boolean;
  label: PaceLabel;
};

/** Planned cumulative count on `day`: each year's sub-target spread evenly over that year's days in the period
 * (years without a sub-target share the rest of the total evenly). */
export function plannedBy(p: ProgrammeShape, day: Date): number {
  const startYear = p.periodStart.getUTCFullYear();
  const endYear = p.periodEnd.getUTCFullYear();
  const years = Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
  const explicit = years.filter((y) => p.yearTargets[y] !== undefined);
  const rest = Math.max(0, p.totalTarget - explicit.reduce((s, y) => s + p.yearTargets[y], 0));
  const perOther = years.length > explicit.length ? rest / (years.length - explicit.length) : 0;
  let planned = 0;
  for (const year of years) {
    const from = Math.max(Date.UTC(year, 0, 1), p.periodStart.getTime());
    const to = Math.min(Date.UTC(year + 1, 0, 1), p.periodEnd.getTime() + DAY);
    const share = Math.min(1, Math.max(0, (day.getTime() + DAY - from) / (to - from)));
    planned += share * (p.yearTargets[year] ?? perOther);
  }
  return planned;
}

const byDay = (days: DayCount[]) => [...days].sort((a, b) => a.day.getTime() - b.day.getTime());
const total = (days: DayCount[], from: number, to: number) =>
  days.reduce((sum, d) => (d.day.getTime() > from && d.day.getTime() <= to ? sum + d.count : sum), 0);

/** `eventDays`: how many confirmed, counted activities took place on each day (any order). */
export function forecast(p: ProgrammeShape, eventDays: DayCount[], today: Date): Forecast {
  const days = byDay(eventDays);
  const asOf = Math.min(today.getTime(), p.periodEnd.getTime());
  const done = total(days, -Infinity, asOf);
  const lastYear = total(days, asOf - 365 * DAY, asOf);
  const pacePerDay = lastYear / 365;
  const plannedToDate = plannedBy(p, new Date(asOf));
  const ended = today.getTime() > p.periodEnd.getTime();
  const remaining = p.totalTarget - done;
  let reachedOn: Date | null = null;
  let shortAtEnd = 0;
  if (remaining <= 0) {
    let cumulative = 0;
    reachedOn = days.find((d) => (cumulative += d.count) >= p.totalTarget)?.day ?? new Date(p.periodStart);
  } else {
    const daysLeft = ended ? 0 : (p.periodEnd.getTime() - asOf) / DAY;
    const atEnd = done + pacePerDay * daysLeft;
    shortAtEnd = Math.max(0, Math.ceil(p.totalTarget - atEnd - 1e-9));
    if (pacePerDay > 0 && !ended) reachedOn = new Date(asOf + Math.ceil(remaining / pacePerDay) * DAY);
  }
  const label: PaceLabel =
    remaining <= 0 ? "REACHED"
    : shortAtEnd > 0 ? "OFF_TRACK"
    : done >= plannedToDate * (1 + AHEAD_MARGIN) ? "AHEAD"
    : done >= plannedToDate ? "ON_TRACK"
    : "AT_RISK";
  return { done, plannedToDate, pacePerYear: lastYear, reachedOn, shortAtEnd, ended, label };
}

/** Monthly burn-up points from the period start to its end: cumulative actual (until today), planned, target. */
export function burnUp(p: ProgrammeShape, eventDays: DayCount[], today: Date) {
  const points: { month: string; actual: number | null; planned: number; target: number }[] = [];
  const sorted = byDay(eventDays);
  let i = 0;
  let cumulative = 0;
  for (let y = p.periodStart.getUTCFullYear(), m = p.periodStart.getUTCMonth(); Date.UTC(y, m, 1) <= p.periodEnd.getTime(); m === 11 ? (y++, (m = 0)) : m++) {
    const monthEnd = Date.UTC(y, m + 1, 1) - 1;
    while (i < sorted.length && sorted[i].day.getTime() <= monthEnd) cumulative += sorted[i++].count;
    const started = Date.UTC(y, m, 1) <= today.getTime();
    points.push({ month: `${y}-${String(m + 1).padStart(2, "0")}`, actual: started ? cumulative : null, planned: Math.round(plannedBy(p, new Date(Math.min(monthEnd, p.periodEnd.getTime()))) * 10) / 10, target: p.totalTarget });
  }
  return points;
}
