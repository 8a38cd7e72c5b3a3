// Worked examples for the page "Jak se signál počítá": the page computes each one with the rule itself, and a test
// checks that together they show every rule.
import { linearExpected } from "./expected";
import type { DeclaredStatus, SignalInput } from "./rule";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** The day the examples are judged on. */
export const EXAMPLE_TODAY = day("2025-07-01");

type Example = { status: DeclaredStatus; progress: number | null; start: Date; deadline: Date };
const term = { start: day("2024-01-01"), deadline: day("2026-12-31") };
const EXAMPLES: Example[] = [
  { status: "IN_PROGRESS", progress: 0.5, ...term },
  { status: "IN_PROGRESS", progress: 0.65, ...term },
  { status: "IN_PROGRESS", progress: 0.35, ...term },
  { status: "IN_PROGRESS", progress: 0.2, ...term },
  { status: "DELAYED", progress: 0.45, ...term },
  { status: "NOT_STARTED", progress: null, ...term },
  { status: "IN_PROGRESS", progress: null, ...term },
  { status: "IN_PROGRESS", progress: 0.9, start: term.start, deadline: day("2025-05-31") },
  { status: "NOT_STARTED", progress: null, start: day("2026-01-01"), deadline: term.deadline },
  { status: "COMPLETED", progress: 1, ...term },
  { status: "CANCELLED", progress: 0.4, ...term },
];

/** The examples as inputs of the rule (expected linear over the term). */
export const signalExamples = (): (SignalInput & { status: DeclaredStatus; start: Date })[] =>
  EXAMPLES.map((e) => ({ ...e, expected: linearExpected(e.start, e.deadline, EXAMPLE_TODAY) }));
