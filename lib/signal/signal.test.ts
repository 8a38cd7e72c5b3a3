import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import cs from "@/messages/cs/signal.json";
import en from "@/messages/en/signal.json";
import {
  EXAMPLE_TODAY,
  RULES,
  SIGNALS,
  countedSignal,
  signalExamples,
  decidingRule,
  forecastFact,
  linearExpected,
  measureExpected,
  plannedBy,
  ruleSummary,
  signal,
  slicePeriod,
  sliceShape,
  sliceTarget,
  verdictText,
  yearlyExpected,
  type Translate,
} from ".";

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const term = { startDate: at("2024-01-01"), deadline: at("2026-12-31") };
const today = at("2025-07-02"); // half-way through the term
const half = linearExpected(term.startDate, term.deadline, today)!;
const measure = (status: string, progress: number | null, when = today) =>
  signal(
    {
      status,
      progress,
      expected: linearExpected(term.startDate, term.deadline, when),
      start: term.startDate,
      deadline: term.deadline,
    },
    when,
  );

describe("expected by today", () => {
  it("is linear from the start to the end of the deadline day", () => {
    expect(half).toBeCloseTo(0.5, 2);
    expect(linearExpected(term.startDate, term.deadline, at("2030-01-01"))).toBe(1);
    expect(linearExpected(term.startDate, term.deadline, at("2023-01-01"))).toBe(0);
    expect(linearExpected(null, term.deadline, today)).toBeNull();
  });

  it("follows an indicator's yearly targets (value by 31 December) from the baseline at the start", () => {
    const indicator = {
      baselineValue: 0,
      targetValue: 100,
      yearlyTargets: [
        { year: 2024, value: 60 },
        { year: 2025, value: 80 },
      ],
    };
    expect(yearlyExpected(indicator, term, at("2025-01-01"))).toBeCloseTo(0.6, 5);
    expect(yearlyExpected(indicator, term, at("2024-07-02"))).toBeCloseTo(0.3, 2);
    expect(yearlyExpected(indicator, term, at("2026-01-01"))).toBeCloseTo(0.8, 5);
    expect(yearlyExpected(indicator, term, at("2027-01-01"))).toBe(1);
    expect(yearlyExpected({ ...indicator, yearlyTargets: [] }, term, today)).toBeNull();
    // lower is better: 104 → 60, 82 by the end of 2024 is half-way
    expect(
      yearlyExpected(
        { baselineValue: 104, targetValue: 60, yearlyTargets: [{ year: 2024, value: 82 }] },
        term,
        at("2025-01-01"),
      ),
    ).toBeCloseTo(0.5, 5);
  });

  it("of a measure: the weighted mean over the indicators that carry its progress", () => {
    const yearly = {
      baselineValue: 0,
      targetValue: 100,
      yearlyTargets: [{ year: 2024, value: 90 }],
      progress: 0.5,
      weight: 3,
    };
    const linear = { baselineValue: 0, targetValue: 10, progress: 0.2, weight: 1 };
    const at2025 = at("2025-01-01");
    const lin = linearExpected(term.startDate, term.deadline, at2025)!;
    expect(measureExpected(term, [yearly, linear], at2025)).toBeCloseTo((0.9 * 3 + lin) / 4, 5);
    expect(measureExpected(term, [yearly, { ...linear, progress: null }], at2025)).toBeCloseTo(0.9, 5);
    expect(measureExpected(term, [], at2025)).toBeCloseTo(lin, 5);
    expect(measureExpected({ startDate: null, deadline: term.deadline }, [linear], at2025)).toBeNull();
  });

  it("of a programme: each year's sub-target spread evenly over that year", () => {
    const p = {
      periodStart: at("2024-01-01"),
      periodEnd: at("2028-12-31"),
      totalTarget: 60,
      yearTargets: { 2024: 12, 2025: 12, 2026: 12, 2027: 12, 2028: 12 },
    };
    expect(plannedBy(p, at("2024-12-31"))).toBeCloseTo(12, 5);
    expect(plannedBy({ ...p, yearTargets: { 2024: 20 } }, at("2025-12-31"))).toBeCloseTo(30, 5);
  });
});

describe("the signal rule", () => {
  it("follows the declared status first", () => {
    expect(measure("CANCELLED", 0.9)).toBe("NOT_EVALUATED");
    expect(measure("COMPLETED", 0, at("2030-01-01"))).toBe("MET");
    expect(measure("DELAYED", 0.9)).toBe("AT_RISK");
    expect(measure("DELAYED", 0.2)).toBe("OFF_TRACK"); // a declared delay never hides how far behind it is
  });

  it("says met once the target is reached, whatever the status or the date", () => {
    expect(measure("IN_PROGRESS", 1, at("2030-01-01"))).toBe("MET");
    expect(measure("DELAYED", 1)).toBe("MET");
  });

  it("is off track once the deadline has passed unfinished, but not on the deadline day", () => {
    expect(measure("IN_PROGRESS", 0.99, at("2027-01-01"))).toBe("OFF_TRACK");
    expect(measure("IN_PROGRESS", 0.99, new Date("2026-12-31T20:00:00Z"))).toBe("ON_TRACK");
  });

  it("compares progress with what was expected by today", () => {
    expect(measure("IN_PROGRESS", half)).toBe("ON_TRACK");
    expect(measure("IN_PROGRESS", half - 0.1)).toBe("ON_TRACK");
    expect(measure("IN_PROGRESS", half - 0.15)).toBe("AT_RISK");
    expect(measure("IN_PROGRESS", half - 0.3)).toBe("OFF_TRACK");
    expect(measure("IN_PROGRESS", half + 0.05)).toBe("ON_TRACK");
    expect(measure("IN_PROGRESS", half + 0.1)).toBe("AHEAD");
  });

  it("counts unknown progress as 0 % when not started or delayed, and otherwise does not evaluate", () => {
    expect(measure("NOT_STARTED", null)).toBe("OFF_TRACK");
    expect(measure("NOT_STARTED", null, at("2024-01-15"))).toBe("ON_TRACK");
    expect(measure("IN_PROGRESS", null)).toBe("NOT_EVALUATED");
    expect(measure("DELAYED", null, at("2024-01-15"))).toBe("AT_RISK");
  });

  it("does not judge before the start, unless met or declared delayed", () => {
    expect(measure("NOT_STARTED", null, at("2023-06-01"))).toBe("NOT_EVALUATED");
    expect(measure("IN_PROGRESS", 0.3, at("2023-06-01"))).toBe("NOT_EVALUATED");
    expect(measure("DELAYED", null, at("2023-06-01"))).toBe("AT_RISK");
    expect(measure("IN_PROGRESS", 1, at("2023-06-01"))).toBe("MET");
  });

  it("does not evaluate without a plan to compare with (no start date), unless delayed or past the deadline", () => {
    const noStart = (status: string, when = today) =>
      signal({ status, progress: 0.4, expected: null, deadline: term.deadline }, when);
    expect(noStart("IN_PROGRESS")).toBe("NOT_EVALUATED");
    expect(noStart("DELAYED")).toBe("AT_RISK");
    expect(noStart("IN_PROGRESS", at("2027-02-01"))).toBe("OFF_TRACK");
  });

  it("judges a counted target the same way: 35 of 60 when 35 were planned is on track", () => {
    const periodEnd = at("2028-12-31");
    const period = { periodStart: at("2024-01-01"), periodEnd };
    expect(countedSignal({ done: 35, planned: 35, target: 60, ...period }, at("2026-11-25"))).toBe("ON_TRACK");
    expect(countedSignal({ done: 20, planned: 35, target: 60, ...period }, at("2026-11-25"))).toBe("AT_RISK");
    expect(countedSignal({ done: 60, planned: 35, target: 60, ...period }, at("2026-11-25"))).toBe("MET");
    expect(countedSignal({ done: 50, planned: 60, target: 60, ...period }, at("2029-03-01"))).toBe("OFF_TRACK");
    expect(countedSignal({ done: 0, planned: 0, target: 60, ...period }, at("2023-11-25"))).toBe("NOT_EVALUATED");
  });

  it("lists every rule once, ends with a rule that always applies, and names the rule that decided", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(
      RULES.at(-1)!.applies({
        status: "IN_PROGRESS",
        progress: 0.5,
        gap: 0,
        deadlinePassed: false,
        beforeStart: false,
      }),
    ).toBe(true);
    expect(decidingRule({ status: "DELAYED", progress: 0.5, expected: 0.55, deadline: null }, today).id).toBe(
      "DELAYED",
    );
  });
});

describe("slices", () => {
  const programme = {
    periodStart: at("2024-01-01"),
    periodEnd: at("2028-12-31"),
    totalTarget: 60,
    yearTargets: { 2024: 12, 2025: 12, 2026: 12 },
    placeTargets: [
      { placeId: "5109", target: 6 },
      { placeId: "CZ0514", target: 15 },
    ],
  };

  it("judges a slice only against a target defined for it", () => {
    expect(sliceTarget(programme, {})).toEqual({ kind: "PROGRAMME", target: 60 });
    expect(sliceTarget(programme, { year: 2025 })).toEqual({ kind: "YEAR", year: 2025, target: 12 });
    expect(sliceTarget(programme, { year: 2027 })).toEqual({ kind: "NONE", reason: "YEAR_WITHOUT_TARGET" });
    expect(sliceTarget(programme, { year: 2030 })).toEqual({ kind: "NONE", reason: "YEAR_WITHOUT_TARGET" });
    expect(sliceTarget(programme, { placeId: "5109" })).toEqual({ kind: "PLACE", placeId: "5109", target: 6 });
    expect(sliceTarget(programme, { placeId: "CZ0514" })).toEqual({ kind: "PLACE", placeId: "CZ0514", target: 15 });
    expect(sliceTarget(programme, { placeId: "5105" })).toEqual({ kind: "NONE", reason: "PLACE_WITHOUT_TARGET" });
    expect(sliceTarget(programme, { year: 2025, placeId: "5109" })).toEqual({ kind: "NONE", reason: "YEAR_AND_PLACE" });
    expect(sliceTarget(programme, { organisationId: "org-naruc" })).toEqual({ kind: "NONE", reason: "ORGANISATION" });
    expect(sliceTarget(programme, { eventTypeId: "TALK" })).toEqual({ kind: "NONE", reason: "TYPE" });
  });

  it("gives a year its sub-target over that year, and a place the programme's plan scaled to its target", () => {
    expect(sliceShape(programme, { kind: "YEAR", year: 2025, target: 12 })).toEqual({
      periodStart: at("2025-01-01"),
      periodEnd: at("2025-12-31"),
      totalTarget: 12,
      yearTargets: { 2025: 12 },
    });
    const place = sliceShape(programme, { kind: "PLACE", placeId: "5109", target: 6 })!;
    expect(plannedBy(place, at("2026-12-31"))).toBeCloseTo(plannedBy(programme, at("2026-12-31")) / 10, 5);
    expect(sliceShape(programme, { kind: "NONE", reason: "TYPE" })).toBeNull();
    expect(slicePeriod(programme, 2030)).toEqual({ periodStart: at("2030-01-01"), periodEnd: at("2030-12-31") });
    expect(slicePeriod(programme, undefined)).toEqual({
      periodStart: programme.periodStart,
      periodEnd: programme.periodEnd,
    });
  });
});

describe("words", () => {
  const translator =
    (messages: object, locale: string): Translate =>
    (key, values) => {
      const message = key
        .split(".")
        .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], messages) as string;
      return String(new IntlMessageFormat(message, locale).format(values));
    };
  const t = translator(cs, "cs");

  it("names every signal in both languages", () => {
    for (const s of SIGNALS) {
      expect(cs.signal.value[s]).toBeTruthy();
      expect(en.signal.value[s]).toBeTruthy();
    }
    expect(SIGNALS.map((s) => cs.signal.value[s])).toEqual([
      "Splněno",
      "Napřed",
      "V plánu",
      "Ohroženo",
      "Mimo plán",
      "Nehodnoceno",
    ]);
  });

  it("puts today's signal and the forecast in one sentence with Czech plurals", () => {
    const short = (count: number) => verdictText(t, "cs", "ON_TRACK", { kind: "SHORT", count });
    expect(short(1)).toBe("V plánu; při tempu posledních 12 měsíců bude na konci období chybět 1 aktivita.");
    expect(short(3)).toBe("V plánu; při tempu posledních 12 měsíců budou na konci období chybět 3 aktivity.");
    expect(short(5)).toBe("V plánu; při tempu posledních 12 měsíců bude na konci období chybět 5 aktivit.");
    expect(verdictText(t, "cs", "MET", { kind: "REACHED", date: at("2025-06-01") })).toBe(
      "Splněno; cíl byl splněn 1. 6. 2025.",
    );
    expect(verdictText(translator(en, "en"), "en", "OFF_TRACK", { kind: "ENDED", done: 50, target: 60 })).toBe(
      "Off track; the period ended with 50 of 60 activities.",
    );
  });

  it("states the thresholds of the code in the rule summary", () => {
    expect(ruleSummary(t)).toContain("10");
    expect(ruleSummary(t)).toContain("25");
  });

  it("reads the forecast numbers as one fact", () => {
    expect(forecastFact({ done: 60, reachedOn: at("2027-01-01"), shortAtEnd: 0, ended: false }, 60).kind).toBe(
      "REACHED",
    );
    expect(forecastFact({ done: 50, reachedOn: null, shortAtEnd: 10, ended: true }, 60)).toEqual({
      kind: "ENDED",
      done: 50,
      target: 60,
    });
    expect(forecastFact({ done: 30, reachedOn: null, shortAtEnd: 30, ended: false }, 60)).toEqual({
      kind: "SHORT",
      count: 30,
    });
    expect(forecastFact({ done: 30, reachedOn: at("2027-01-01"), shortAtEnd: 0, ended: false }, 60)).toEqual({
      kind: "ON_COURSE",
      date: at("2027-01-01"),
    });
  });
});

describe("the explanation page", () => {
  it("shows every rule with an example computed by the rule, and states every rule in both languages", () => {
    const decided = new Set(signalExamples().map((e) => decidingRule(e, EXAMPLE_TODAY).id));
    expect([...decided].sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const rule of RULES) {
      expect(cs.signal.rule[rule.id]).toContain("{signal}");
      expect(en.signal.rule[rule.id]).toContain("{signal}");
    }
  });
});
