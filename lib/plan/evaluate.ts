// Progress, expected progress and signal of measures as loaded by the queries (latest indicator values included).
import { measureExpected, signal, type Signal, type YearlyValue } from "@/lib/signal";
import { indicatorProgress, measureProgress, rollUp } from "./progress";

export type EvaluableMeasure = {
  status: string;
  startDate: Date | null;
  deadline: Date | null;
  progressPercent: number | null;
  weight: number;
  indicators: {
    direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
    baselineValue: number;
    targetValue: number;
    /** Share in the measure's progress (1 when not loaded). */
    weight?: number;
    /** Value to reach by the end of each year; without them the indicator is expected to move linearly over the measure's term. */
    yearlyTargets?: YearlyValue[];
    values: { value: number; measuredOn: Date }[];
  }[];
};

/** `expected`: the progress expected by today (what the signal compares with), null when there is no plan to compare with. */
export type Evaluation = { progress: number | null; expected: number | null; signal: Signal };

export function evaluate(measure: EvaluableMeasure, today: Date): Evaluation {
  const indicators = measure.indicators.map((i) => ({ ...i, progress: indicatorProgress(i, i.direction) }));
  const progress = measureProgress(measure, indicators);
  const expected = measureExpected(measure, indicators, today);
  return {
    progress,
    expected,
    signal: signal(
      { status: measure.status, progress, expected, start: measure.startDate, deadline: measure.deadline },
      today,
    ),
  };
}

/** Progress of a goal or area: the weighted mean of its measures (cancelled ones left out). */
export function rollUpMeasures(measures: (EvaluableMeasure & Evaluation)[]): number | null {
  return rollUp(measures.map((m) => ({ progress: m.progress, weight: m.weight, status: m.status })));
}
