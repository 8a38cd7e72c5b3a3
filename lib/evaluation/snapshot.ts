// An approved version's frozen figures as stored JSON (EvaluationVersion.snapshot): money (haléře, BigInt) as
// decimal strings, dates as ISO strings, and a format number so that a later change of shape can still read old ones.
import { z } from "@/lib/validation";
import { ActionPlanState, MeasureStatus } from "@/lib/db/generated/sqlite/enums";
import { SIGNALS } from "@/lib/signal";
import type { EvaluationFigures } from "./figures";

const FORMAT = 1;

export function toSnapshot(figures: EvaluationFigures): string {
  return JSON.stringify({ format: FORMAT, ...figures }, (_key, value) =>
    typeof value === "bigint" ? value.toString() : value,
  );
}

const date = z.iso.datetime().transform((s) => new Date(s));
const money = z
  .string()
  .regex(/^-?\d+$/)
  .transform((s) => BigInt(s));
const count = z.number().int();

const indicator = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  baselineValue: z.number(),
  targetValue: z.number(),
  value: z.number().nullable(),
  measuredOn: date.nullable(),
});
const measure = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  status: z.enum(MeasureStatus),
  progress: z.number().nullable(),
  expected: z.number().nullable(),
  signal: z.enum(SIGNALS),
  indicators: z.array(indicator),
});
const fulfilment = z.object({
  counted: count,
  completed: count,
  cancelled: count,
  fulfilment: z.number().nullable(),
  planned: money,
  spent: money,
});
const programme = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  target: count.nullable(),
  confirmed: count,
  totalTarget: count,
  cumulative: count,
});
const stored = z.object({
  asOf: date,
  areas: z.array(z.object({ id: z.string(), code: z.string(), title: z.string(), measures: z.array(measure) })),
  actionPlan: z.object({ id: z.string(), state: z.enum(ActionPlanState) }).nullable(),
  rollUp: z.object({ measures: z.record(z.string(), fulfilment) }).nullable(),
  programmes: z.array(programme),
});

/** The stored figures, or null when there are none or they cannot be read (the page then says so). */
export function parseSnapshot(json: string | null): EvaluationFigures | null {
  if (json === null) return null;
  try {
    const data = JSON.parse(json);
    return data?.format === FORMAT ? stored.parse(data) : null;
  } catch {
    return null;
  }
}
