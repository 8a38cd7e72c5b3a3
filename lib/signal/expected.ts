// What was expected by today (0–1), the other input of the signal rule: linear from the start to the deadline, or
// along the yearly sub-targets where they exist. A programme spreads each year's sub-target evenly over that year
// (`plannedBy`); an indicator of a measure names the value to reach by the end of a year (`yearlyExpected`).
const DAY = 86_400_000;
const clamp = (x: number) => Math.min(1, Math.max(0, x));

/** The share of the time from start to deadline (the end of the deadline day) that has passed; null without both dates. */
export function linearExpected(start: Date | null, deadline: Date | null, today: Date): number | null {
  if (!start || !deadline) return null;
  const total = deadline.getTime() + DAY - start.getTime();
  if (total <= 0) return 1;
  return clamp((today.getTime() - start.getTime()) / total);
}

/** A counted target: `totalTarget` over the period, optionally per calendar year (`yearTargets[year]`). */
export type ProgrammeShape = {
  periodStart: Date;
  periodEnd: Date;
  totalTarget: number;
  yearTargets: Record<number, number>;
};

/** Planned cumulative count on `day` (to its end): each year's sub-target spread evenly over that year's days in the
 * period (years without a sub-target share the rest of the total evenly). */
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
    const share = clamp((day.getTime() + DAY - from) / (to - from));
    planned += share * (p.yearTargets[year] ?? perOther);
  }
  return planned;
}

export type YearlyValue = { year: number; value: number };
export type ExpectedIndicator = {
  baselineValue: number;
  targetValue: number;
  yearlyTargets?: YearlyValue[];
  weight?: number;
};

/**
 * An indicator with yearly targets ({year, value}: the value to reach by 31 December of that year): the value
 * expected today runs in straight lines from the baseline at the measure's start (else 1 January of the first target
 * year) through each yearly target to the target value at the deadline, and is turned into progress like a measured
 * value. Null without yearly targets, or when target = baseline (no distance to spread).
 */
export function yearlyExpected(
  indicator: ExpectedIndicator,
  measure: { startDate: Date | null; deadline: Date | null },
  today: Date,
): number | null {
  const targets = [...(indicator.yearlyTargets ?? [])].sort((a, b) => a.year - b.year);
  const { baselineValue: baseline, targetValue: target } = indicator;
  if (targets.length === 0 || target === baseline) return null;
  const points = [
    { at: (measure.startDate ?? new Date(Date.UTC(targets[0].year, 0, 1))).getTime(), value: baseline },
    ...targets.map((t) => ({ at: Date.UTC(t.year, 11, 31) + DAY, value: t.value })),
  ];
  const end = measure.deadline ? measure.deadline.getTime() + DAY : null;
  if (end !== null && end > points.at(-1)!.at) points.push({ at: end, value: target });
  points.sort((a, b) => a.at - b.at);
  const now = today.getTime();
  let value = points.at(-1)!.value;
  if (now <= points[0].at) value = points[0].value;
  else {
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1], points[i]];
      if (now <= b.at) {
        value = b.at === a.at ? b.value : a.value + ((b.value - a.value) * (now - a.at)) / (b.at - a.at);
        break;
      }
    }
  }
  return clamp((value - baseline) / (target - baseline));
}

/**
 * A measure's expected progress, matching how its progress is made (lib/plan/progress.ts `measureProgress`): when
 * indicators with a known progress carry it, their weighted mean, each indicator along its yearly targets or else
 * linearly over the measure's term; otherwise linear over the term. Null when an indicator cannot say.
 */
export function measureExpected(
  measure: { startDate: Date | null; deadline: Date | null },
  indicators: (ExpectedIndicator & { progress: number | null })[],
  today: Date,
): number | null {
  const linear = linearExpected(measure.startDate, measure.deadline, today);
  const counted = indicators.filter((i) => i.progress !== null && (i.weight ?? 1) > 0);
  if (counted.length === 0) return linear;
  let sum = 0;
  let weight = 0;
  for (const i of counted) {
    const expected = yearlyExpected(i, measure, today) ?? linear;
    if (expected === null) return null;
    sum += expected * (i.weight ?? 1);
    weight += i.weight ?? 1;
  }
  return sum / weight;
}
