// The one signal rule of the app, for measures of the strategic plan and for counted targets (programmes) alike.
// Computed, never stored. It judges today only: progress (0–1) against what was expected by today, the declared
// status and the deadline. The forecast (pace of the last 12 months) is a separate fact (./forecast-fact).
//
// The rule is the ordered list RULES below: the first rule that applies gives the signal. The page "Jak se signál
// počítá" lists the same rules in the same order with the same thresholds, so the text cannot drift from the code.

export const SIGNALS = ["MET", "AHEAD", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_EVALUATED"] as const;
export type Signal = (typeof SIGNALS)[number];
export type DeclaredStatus = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED" | "DELAYED" | "CANCELLED";

/** Behind the expected progress by more than this (0–1, i.e. 25 percentage points): off track. */
export const OFF_TRACK_GAP = 0.25;
/** Behind by more than this (10 points): at risk. */
export const AT_RISK_GAP = 0.1;
/** Ahead by at least this (10 points): ahead. */
export const AHEAD_MARGIN = 0.1;
/** Floating-point slack, so that 0.5 − 0.4 counts as exactly 10 points. */
const EPSILON = 1e-9;
const DAY = 86_400_000;

export type SignalInput = {
  /** Declared status of a measure; a programme has none (judged as in progress). */
  status?: DeclaredStatus | string;
  /** 0–1; null when unknown. */
  progress: number | null;
  /** What was expected by today, 0–1 (./expected); null when there is nothing to compare with. */
  expected: number | null;
  /** Start of the term; before it, nothing is judged yet. */
  start?: Date | null;
  deadline: Date | null;
};

/** The facts a rule looks at, after the defaults: unknown progress counts as 0 once a measure is declared not started or delayed. */
export type Facts = {
  status: string;
  progress: number | null;
  gap: number | null;
  deadlinePassed: boolean;
  beforeStart: boolean;
};

/** The deadline day is still in time; from the next day on the deadline has passed. */
export const deadlinePassed = (deadline: Date | null, today: Date) =>
  deadline !== null && today.getTime() >= deadline.getTime() + DAY;

export type RuleId =
  | "CANCELLED"
  | "MET"
  | "DEADLINE_PASSED"
  | "FAR_BEHIND"
  | "DELAYED"
  | "NOT_YET"
  | "BEHIND"
  | "NO_BASIS"
  | "AHEAD"
  | "ON_PLAN";

/** In order; the first that applies decides. `gap` = expected − progress (positive: behind). */
export const RULES: readonly { id: RuleId; signal: Signal; applies: (f: Facts) => boolean }[] = [
  { id: "CANCELLED", signal: "NOT_EVALUATED", applies: (f) => f.status === "CANCELLED" },
  {
    id: "MET",
    signal: "MET",
    applies: (f) => f.status === "COMPLETED" || (f.progress !== null && f.progress >= 1 - EPSILON),
  },
  { id: "DEADLINE_PASSED", signal: "OFF_TRACK", applies: (f) => f.deadlinePassed },
  { id: "FAR_BEHIND", signal: "OFF_TRACK", applies: (f) => f.gap !== null && f.gap > OFF_TRACK_GAP + EPSILON },
  { id: "DELAYED", signal: "AT_RISK", applies: (f) => f.status === "DELAYED" },
  { id: "NOT_YET", signal: "NOT_EVALUATED", applies: (f) => f.beforeStart },
  { id: "BEHIND", signal: "AT_RISK", applies: (f) => f.gap !== null && f.gap > AT_RISK_GAP + EPSILON },
  { id: "NO_BASIS", signal: "NOT_EVALUATED", applies: (f) => f.gap === null },
  { id: "AHEAD", signal: "AHEAD", applies: (f) => f.gap! <= -AHEAD_MARGIN + EPSILON },
  { id: "ON_PLAN", signal: "ON_TRACK", applies: () => true },
];

export function facts(
  { status = "IN_PROGRESS", progress: known, expected, start, deadline }: SignalInput,
  today: Date,
): Facts {
  const progress = known ?? (status === "NOT_STARTED" || status === "DELAYED" ? 0 : null);
  return {
    status,
    progress,
    gap: progress === null || expected === null ? null : expected - progress,
    deadlinePassed: deadlinePassed(deadline, today),
    beforeStart: !!start && today.getTime() < start.getTime(),
  };
}

/** The rule that decides for these inputs. */
export function decidingRule(input: SignalInput, today: Date) {
  const f = facts(input, today);
  return RULES.find((rule) => rule.applies(f))!;
}

/** The signal of a measure or a counted target today. */
export function signal(input: SignalInput, today: Date): Signal {
  return decidingRule(input, today).signal;
}

/** A counted target (a programme, a year's sub-target, a place's target): `done` of `target`, `planned` expected by today. */
export function countedSignal(
  {
    done,
    planned,
    target,
    periodStart,
    periodEnd,
  }: { done: number; planned: number; target: number; periodStart: Date; periodEnd: Date },
  today: Date,
): Signal {
  const share = (n: number) => (target > 0 ? n / target : 1);
  return signal(
    {
      progress: Math.min(1, share(done)),
      expected: Math.min(1, share(planned)),
      start: periodStart,
      deadline: periodEnd,
    },
    today,
  );
}

/** Better signals rank higher; "not evaluated" is neutral (no news is neither good nor bad), level with "on track". */
export const SIGNAL_RANK: Record<Signal, number> = {
  OFF_TRACK: 0,
  AT_RISK: 1,
  NOT_EVALUATED: 2,
  ON_TRACK: 2,
  AHEAD: 3,
  MET: 4,
};
