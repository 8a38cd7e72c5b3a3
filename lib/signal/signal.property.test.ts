// The laws of the signal rule, checked by fast-check over generated inputs with a fixed seed (a failure is
// reproducible): a declared delay never improves the signal; more progress never worsens it; progress exactly on
// the expected figure is on track; completed or target met is met; cancelled is not evaluated; and a counted
// target's word is about today only and never contradicts its forecast.
import { describe, it } from "vitest";
import fc from "fast-check";
import { forecast } from "@/lib/dashboard/forecast";
import { SIGNAL_RANK, forecastFact, signal, type SignalInput } from ".";

const SEED = 20_261_130;
const RUNS = 1_000;
const check = <T extends [unknown, ...unknown[]]>(property: fc.IProperty<T>) =>
  fc.assert(property, { seed: SEED, numRuns: RUNS });

const DAY = 86_400_000;
const BASE = Date.UTC(2020, 0, 1);
const date = (from = 0, to = 4_000) => fc.integer({ min: from, max: to }).map((d) => new Date(BASE + d * DAY));
const share = fc.double({ min: 0, max: 1, noNaN: true });
const known = fc.option(share, { nil: null });
const running = fc.constantFrom("NOT_STARTED", "IN_PROGRESS");
const anyStatus = fc.constantFrom("NOT_STARTED", "IN_PROGRESS", "COMPLETED", "DELAYED", "CANCELLED");
const input = (status: fc.Arbitrary<string>) =>
  fc.record({
    status,
    progress: known,
    expected: known,
    start: fc.option(date(), { nil: null }),
    deadline: fc.option(date(), { nil: null }),
  }) as fc.Arbitrary<SignalInput>;
const rank = (i: SignalInput, today: Date) => SIGNAL_RANK[signal(i, today)];

describe("laws of the signal rule (lib/signal/signal.property.test.ts)", () => {
  it("declaring a delay never improves the signal", () => {
    check(
      fc.property(input(running), date(), (i, today) => rank({ ...i, status: "DELAYED" }, today) <= rank(i, today)),
    );
  });

  it("more progress never worsens the signal", () => {
    check(
      fc.property(
        input(anyStatus),
        share,
        share,
        date(),
        (i, a, b, today) =>
          rank({ ...i, progress: Math.min(a, b) }, today) <= rank({ ...i, progress: Math.max(a, b) }, today),
      ),
    );
  });

  it("progress exactly on the expected figure is on track (before the deadline, target not yet met)", () => {
    const before = fc
      .tuple(date(), fc.integer({ min: 1, max: 3_000 }))
      .map(([today, ahead]) => ({ today, deadline: new Date(today.getTime() + ahead * DAY) }));
    check(
      fc.property(
        running,
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        before,
        (status, x, { today, deadline }) =>
          signal({ status, progress: x, expected: x, deadline }, today) === "ON_TRACK",
      ),
    );
  });

  it("completed, or the target met, is met; cancelled is not evaluated", () => {
    check(fc.property(input(anyStatus), date(), (i, today) => signal({ ...i, status: "COMPLETED" }, today) === "MET"));
    check(
      fc.property(
        input(fc.constantFrom("NOT_STARTED", "IN_PROGRESS", "DELAYED")),
        date(),
        (i, today) => signal({ ...i, progress: 1 }, today) === "MET",
      ),
    );
    check(
      fc.property(
        input(anyStatus),
        date(),
        (i, today) => signal({ ...i, status: "CANCELLED" }, today) === "NOT_EVALUATED",
      ),
    );
  });
});

describe("a counted target: today's word and the forecast agree", () => {
  const programme = fc
    .record({
      start: fc.integer({ min: 0, max: 1_500 }),
      years: fc.integer({ min: 1, max: 6 }),
      total: fc.integer({ min: 1, max: 100 }),
      subTargets: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 6 }),
    })
    .map(({ start, years, total, subTargets }) => {
      const periodStart = new Date(BASE + start * DAY);
      const periodEnd = new Date(
        Date.UTC(periodStart.getUTCFullYear() + years, periodStart.getUTCMonth(), periodStart.getUTCDate()) - DAY,
      );
      const yearTargets = Object.fromEntries(subTargets.map((t, i) => [periodStart.getUTCFullYear() + i, t]));
      return { periodStart, periodEnd, totalTarget: total, yearTargets };
    });
  const days = fc.array(fc.record({ day: date(0, 4_000), count: fc.integer({ min: 1, max: 5 }) }), { maxLength: 60 });

  it("says met exactly when the forecast says reached, off track when the period ended short, not evaluated before the period, and never behind when at least the planned count is done", () => {
    check(
      fc.property(programme, days, date(-400, 4_400), (p, d, today) => {
        const f = forecast(p, d, today);
        const fact = forecastFact(f, p.totalTarget);
        if ((f.label === "MET") !== (fact.kind === "REACHED")) return false;
        if (fact.kind === "ENDED" && f.label !== "OFF_TRACK") return false;
        if (today < p.periodStart) return f.label === (fact.kind === "REACHED" ? "MET" : "NOT_EVALUATED");
        if (!f.ended && f.done >= f.plannedToDate && !["ON_TRACK", "AHEAD", "MET"].includes(f.label)) return false;
        return true;
      }),
    );
  });

  it("judges today only: the pace of the last 12 months changes the forecast, never the word", () => {
    check(
      fc.property(
        programme,
        days,
        days,
        date(-400, 4_400),
        (p, d, pace, today) => forecast(p, d, today, pace).label === forecast(p, d, today).label,
      ),
    );
  });
});
