// Progress maths of the strategic plan (shown on the measure page with this explanation).
export type IndicatorLike = {
  baselineValue: number;
  targetValue: number;
  values: { value: number; measuredOn: Date }[];
};

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/** The latest measured value, or null when nothing was measured yet. */
export function latestValue(indicator: Pick<IndicatorLike, "values">): number | null {
  if (indicator.values.length === 0) return null;
  return indicator.values.reduce((a, b) => (b.measuredOn > a.measuredOn ? b : a)).value;
}

/**
 * (actual − baseline) / (target − baseline), clamped to 0–1. It works for "lower is better" too (the target is
 * below the baseline, so both differences are negative). When target = baseline the indicator is met (1) if the
 * actual value is at least as good, else 0. No measured value → null (unknown, not zero).
 */
export function indicatorProgress(
  indicator: IndicatorLike,
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" = "HIGHER_IS_BETTER",
): number | null {
  const actual = latestValue(indicator);
  if (actual === null) return null;
  const { baselineValue: baseline, targetValue: target } = indicator;
  if (target === baseline) return (direction === "HIGHER_IS_BETTER" ? actual >= target : actual <= target) ? 1 : 0;
  return clamp((actual - baseline) / (target - baseline));
}

/**
 * A measure's progress: completed is 100 %; otherwise the weighted mean of its indicators' known progress, so a
 * measure whose indicator is fed by a programme shows what the programme shows; only a measure without any known
 * indicator falls back to its own progress % (null when that is not set either).
 */
export function measureProgress(
  measure: { progressPercent: number | null; status?: string },
  indicators: { progress: number | null; weight?: number }[],
): number | null {
  if (measure.status === "COMPLETED") return 1;
  const fromIndicators = rollUp(indicators);
  if (fromIndicators !== null) return fromIndicators;
  return measure.progressPercent !== null ? clamp(measure.progressPercent / 100) : null;
}

/** Weighted mean of known progresses (weight 1 by default); cancelled measures do not count. */
export function rollUp(items: { progress: number | null; weight?: number; status?: string }[]): number | null {
  const counted = items.filter((i) => i.progress !== null && i.status !== "CANCELLED" && (i.weight ?? 1) > 0);
  const weight = counted.reduce((sum, i) => sum + (i.weight ?? 1), 0);
  return weight ? counted.reduce((sum, i) => sum + i.progress! * (i.weight ?? 1), 0) / weight : null;
}
