// Burn-up and forecast of a counted target (e.g. at least 60 recruitment activities over five years).
// Pace = confirmed activities in the last 365 days. Forecast = the day the remaining activities would be reached at
// that pace, or how many would be missing at the end of the period. The forecast is a fact of its own; the label is
// today's signal from lib/signal (done against what was planned by today), never a judgement of the forecast.
import { countedSignal, deadlinePassed, plannedBy, type ProgrammeShape, type Signal } from "@/lib/signal";

const DAY = 86_400_000;

/** Confirmed, counted activities per day (from the CountedEventDay tally or a GROUP BY on the events). */
export type DayCount = { day: Date; count: number };
export type Forecast = {
  done: number;
  plannedToDate: number;
  pacePerYear: number;
  reachedOn: Date | null; // when the target was or will be reached at the current pace
  shortAtEnd: number; // activities missing at the end of the period at the current pace (0 when reached)
  ended: boolean;
  label: Signal; // today's signal
};

const byDay = (days: DayCount[]) => [...days].sort((a, b) => a.day.getTime() - b.day.getTime());
const total = (days: DayCount[], from: number, to: number) =>
  days.reduce((sum, d) => (d.day.getTime() > from && d.day.getTime() <= to ? sum + d.count : sum), 0);

/**
 * `eventDays`: how many confirmed, counted activities took place on each day (any order). `paceDays`: the days the
 * pace is read from, when they are wider than the target's (a year's sub-target takes the programme's pace).
 */
export function forecast(
  p: ProgrammeShape,
  eventDays: DayCount[],
  today: Date,
  paceDays: DayCount[] = eventDays,
): Forecast {
  const days = byDay(eventDays);
  const asOf = Math.min(today.getTime(), p.periodEnd.getTime());
  const done = total(days, -Infinity, asOf);
  const lastYear = total(paceDays, asOf - 365 * DAY, asOf);
  const pacePerDay = lastYear / 365;
  const plannedToDate = plannedBy(p, new Date(asOf));
  const ended = deadlinePassed(p.periodEnd, today);
  const remaining = p.totalTarget - done;
  const from = Math.max(asOf, p.periodStart.getTime()); // a period not started yet counts its days from its start
  let reachedOn: Date | null = null;
  let shortAtEnd = 0;
  if (remaining <= 0) {
    let cumulative = 0;
    reachedOn = days.find((d) => (cumulative += d.count) >= p.totalTarget)?.day ?? new Date(p.periodStart);
  } else {
    const daysLeft = ended ? 0 : Math.max(0, (p.periodEnd.getTime() - from) / DAY);
    const atEnd = done + pacePerDay * daysLeft;
    shortAtEnd = Math.max(0, Math.ceil(p.totalTarget - atEnd - 1e-9));
    if (pacePerDay > 0 && !ended) reachedOn = new Date(from + Math.ceil(remaining / pacePerDay) * DAY);
  }
  const label = countedSignal(
    { done, planned: plannedToDate, target: p.totalTarget, periodStart: p.periodStart, periodEnd: p.periodEnd },
    today,
  );
  return { done, plannedToDate, pacePerYear: lastYear, reachedOn, shortAtEnd, ended, label };
}

export type BurnUpPoint = { month: string; actual: number | null; planned: number | null; target: number | null };

/** Monthly burn-up points from the period start to its end: cumulative actual (until today), and the planned count
 * and the target when `p` is a counted target (a slice without a target of its own has neither). */
export function burnUp(
  p: ProgrammeShape | { periodStart: Date; periodEnd: Date },
  eventDays: DayCount[],
  today: Date,
): BurnUpPoint[] {
  const plan = "totalTarget" in p ? p : null;
  const points: BurnUpPoint[] = [];
  const sorted = byDay(eventDays);
  let i = 0;
  let cumulative = 0;
  for (
    let y = p.periodStart.getUTCFullYear(), m = p.periodStart.getUTCMonth();
    Date.UTC(y, m, 1) <= p.periodEnd.getTime();
    m === 11 ? (y++, (m = 0)) : m++
  ) {
    const monthEnd = Date.UTC(y, m + 1, 1) - 1;
    while (i < sorted.length && sorted[i].day.getTime() <= monthEnd) cumulative += sorted[i++].count;
    const started = Date.UTC(y, m, 1) <= today.getTime();
    const planned = plan
      ? Math.round(plannedBy(plan, new Date(Math.min(monthEnd, p.periodEnd.getTime()))) * 10) / 10
      : null;
    points.push({
      month: `${y}-${String(m + 1).padStart(2, "0")}`,
      actual: started ? cumulative : null,
      planned,
      target: plan?.totalTarget ?? null,
    });
  }
  return points;
}
