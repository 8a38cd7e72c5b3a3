// Progress and RAG of measures as loaded by the queries (latest indicator values included).
import { indicatorProgress, measureProgress, rollUp } from "./progress";
import { rag, type Rag } from "./rag";

export type EvaluableMeasure = {
  status: string;
  startDate: Date | null;
  deadline: Date | null;
  progressPercent: number | null;
  weight: number;
  indicators: { direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER"; baselineValue: number; targetValue: number; weight?: number; values: { value: number; measuredOn: Date }[] }[];
};

export type Evaluation = { progress: number | null; rag: Rag };

export function evaluate(measure: EvaluableMeasure, today: Date): Evaluation {
  const progress = measureProgress(measure, measure.indicators.map((i) => ({ progress: indicatorProgress(i, i.direction), weight: i.weight })));
  return { progress, rag: rag({ ...measure, progress }, today) };
}

/** Progress of a goal or area: the weighted mean of its measures (cancelled ones left out). */
export function rollUpMeasures(measures: (EvaluableMeasure & Evaluation)[]): number | null {
  return rollUp(measures.map((m) => ({ progress: m.progress, weight: m.weight, status: m.status })));
}
