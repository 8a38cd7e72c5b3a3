import { describe, expect, it } from "vitest";
import { dueTasks, eventKinds, measureKinds, taskWindow, type EventCandidate, type MeasureCandidate } from "./due";
import { isoWeek, pragueMidnight, pragueQuarter, pragueToday } from "./time";

const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("Prague calendar", () => {
  it("starts quarters at midnight in Prague, in winter and in summer time", () => {
    expect(pragueQuarter(at("2026-11-25T12:00:00Z"))).toEqual({
      year: 2026,
      quarter: 4,
      start: at("2026-09-30T22:00:00Z"),
    });
    expect(pragueQuarter(at("2026-02-10T08:00:00Z")).start).toEqual(at("2025-12-31T23:00:00Z"));
    expect(pragueQuarter(at("2026-05-10T08:00:00Z")).start).toEqual(at("2026-03-31T22:00:00Z"));
    expect(pragueMidnight(2026, 3, 29)).toEqual(at("2026-03-28T23:00:00Z")); // the night summer time begins
    expect(pragueMidnight(2026, 10, 25)).toEqual(at("2026-10-24T22:00:00Z")); // the night it ends
  });

  it("counts a moment by Prague's clock, not UTC's", () => {
    // 31 December 2025, 23:30 UTC is already 1 January 2026 in Prague: first quarter of 2026.
    expect(pragueQuarter(at("2025-12-31T23:30:00Z"))).toMatchObject({ year: 2026, quarter: 1 });
    expect(pragueQuarter(at("2025-12-31T22:59:59Z"))).toMatchObject({ year: 2025, quarter: 4 });
    expect(pragueToday(at("2026-06-30T22:30:00Z"))).toEqual(day("2026-07-01"));
    expect(pragueToday(at("2026-06-30T21:59:00Z"))).toEqual(day("2026-06-30"));
  });

  it("names ISO weeks, the year being that of the week's Thursday", () => {
    expect(isoWeek(at("2026-11-25T12:00:00Z")).key).toBe("2026-W48");
    expect(isoWeek(at("2026-11-22T23:30:00Z")).key).toBe("2026-W48"); // Monday 00:30 in Prague
    expect(isoWeek(at("2026-11-22T23:00:00Z")).key).toBe("2026-W48");
    expect(isoWeek(at("2026-11-22T22:59:00Z")).key).toBe("2026-W47"); // still Sunday in Prague
    expect(isoWeek(at("2027-01-01T10:00:00Z"))).toEqual({ year: 2026, week: 53, key: "2026-W53" });
    expect(isoWeek(at("2025-12-29T10:00:00Z")).key).toBe("2026-W01");
  });
});

const measure = (changes: Partial<MeasureCandidate> = {}): MeasureCandidate => ({
  id: "m1",
  code: "1.1.1",
  title: "Opatření",
  status: "IN_PROGRESS",
  deadline: day("2026-12-31"),
  lastUpdateAt: null,
  carriedOver: false,
  plan: { yearFrom: 2024, yearTo: 2028 },
  ...changes,
});

describe("measures", () => {
  const w = taskWindow(at("2026-10-15T10:00:00Z")); // quarter 4 began 2026-09-30T22:00Z

  it("want a progress update once per Prague quarter", () => {
    expect(measureKinds(measure(), w)).toEqual(["noUpdate"]);
    expect(measureKinds(measure({ lastUpdateAt: at("2026-09-30T21:59:59Z") }), w)).toEqual(["noUpdate"]);
    expect(measureKinds(measure({ lastUpdateAt: at("2026-09-30T22:00:00Z") }), w)).toEqual([]); // 1 October, 00:00 in Prague
    expect(measureKinds(measure({ lastUpdateAt: at("2026-10-14T09:00:00Z") }), w)).toEqual([]);
  });

  it("are overdue the day after the deadline in Prague, unless completed or cancelled", () => {
    const updated = { lastUpdateAt: at("2026-10-01T08:00:00Z") };
    expect(measureKinds(measure({ ...updated, deadline: day("2026-10-15") }), w)).toEqual([]);
    expect(measureKinds(measure({ ...updated, deadline: day("2026-10-14") }), w)).toEqual(["overdue"]);
    expect(measureKinds(measure({ deadline: day("2023-12-31") }), w)).toEqual(["overdue", "noUpdate"]);
    expect(measureKinds(measure({ deadline: day("2023-12-31"), status: "COMPLETED" }), w)).toEqual([]);
    expect(measureKinds(measure({ deadline: null, status: "CANCELLED" }), w)).toEqual([]);
    // 30 Sep 2026 22:30 UTC is 1 October in Prague: a 30 September deadline has passed.
    expect(
      measureKinds(measure({ ...updated, deadline: day("2026-09-30") }), taskWindow(at("2026-09-30T22:30:00Z"))),
    ).toEqual(["overdue"]);
    expect(
      measureKinds(
        measure({ deadline: day("2026-09-30"), lastUpdateAt: at("2026-09-01T00:00:00Z") }),
        taskWindow(at("2026-09-30T21:30:00Z")),
      ),
    ).toEqual([]);
  });

  it("need nothing once carried over into the next plan (its copy carries the work)", () => {
    const ended = { deadline: day("2023-12-31"), plan: { yearFrom: 2019, yearTo: 2023 } };
    expect(measureKinds(measure(ended), w)).toEqual(["overdue", "noUpdate"]);
    expect(measureKinds(measure({ ...ended, carriedOver: true }), w)).toEqual([]);
    expect(measureKinds(measure({ ...ended, status: "DELAYED", carriedOver: true }), w)).toEqual([]);
  });
});

const event = (changes: Partial<EventCandidate> = {}): EventCandidate => ({
  id: "e1",
  title: "Beseda",
  startDate: day("2026-11-03"),
  status: "CONFIRMED",
  realisation: "REALISED",
  organisationId: "org-a",
  ...changes,
});
const coordinator = { role: "COORDINATOR" as const, organisationId: "org-kulk" };
const member = { role: "MEMBER" as const, organisationId: "org-a" };

describe("events", () => {
  const w = taskWindow(at("2026-11-25T10:00:00Z"));

  it("go to the coordinator for review and back to their organisation when returned", () => {
    expect(eventKinds(event({ status: "SUBMITTED" }), coordinator, w)).toEqual(["awaitingReview"]);
    expect(eventKinds(event({ status: "SUBMITTED" }), member, w)).toEqual([]);
    expect(eventKinds(event({ status: "RETURNED" }), member, w)).toEqual(["returned"]);
    expect(eventKinds(event({ status: "RETURNED", organisationId: "org-b" }), member, w)).toEqual([]);
    expect(eventKinds(event({ status: "RETURNED" }), coordinator, w)).toEqual([]);
    expect(eventKinds(event({ status: "SUBMITTED" }), { role: "COUNCIL", organisationId: null }, w)).toEqual([]);
  });

  it("planned ones are due once their day is before Prague's today", () => {
    const planned = (date: string) => event({ realisation: "PLANNED", status: "DRAFT", startDate: day(date) });
    expect(eventKinds(planned("2026-11-24"), member, w)).toEqual(["pastPlanned"]);
    expect(eventKinds(planned("2026-11-24"), coordinator, w)).toEqual(["pastPlanned"]);
    expect(eventKinds(planned("2026-11-25"), member, w)).toEqual([]);
    expect(eventKinds(planned("2026-11-25"), member, taskWindow(at("2026-11-25T23:30:00Z")))).toEqual(["pastPlanned"]);
  });
});

describe("dueTasks", () => {
  it("lists items by kind with links, oldest first", () => {
    const tasks = dueTasks(
      {
        user: coordinator,
        measures: [
          measure({ id: "m2", code: "2.1.1", deadline: day("2025-06-30") }),
          measure({ id: "m1", code: "1.1.1", deadline: day("2024-06-30") }),
          measure({ id: "m0", code: "2.1.1", deadline: null, plan: { yearFrom: 2019, yearTo: 2023 } }),
        ],
        events: [
          event({ id: "e1", status: "SUBMITTED", startDate: day("2026-11-12") }),
          event({ id: "e2", status: "SUBMITTED", startDate: day("2026-11-03") }),
        ],
      },
      at("2026-11-25T10:00:00Z"),
    );
    expect(tasks.map((t) => [t.kind, t.id])).toEqual([
      ["overdue", "m1"],
      ["overdue", "m2"],
      ["noUpdate", "m0"],
      ["noUpdate", "m1"],
      ["noUpdate", "m2"],
      ["awaitingReview", "e2"],
      ["awaitingReview", "e1"],
    ]);
    expect(tasks[0]).toMatchObject({
      title: "1.1.1 Opatření",
      href: "/strategicky-plan/opatreni/m1",
      date: day("2024-06-30"),
      plan: "2024–2028",
    });
    expect(tasks[2]).toMatchObject({ plan: "2019–2023", date: null });
    expect(tasks[5]).toMatchObject({ href: "/nabor/akce/e2", date: day("2026-11-03"), plan: null });
  });
});
