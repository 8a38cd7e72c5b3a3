import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { db } from "@/lib/db";
import { loadMessages } from "@/i18n/messages";
import { programmesOverview } from "@/lib/programmes/overview";
import { countedSignal, verdictText } from "@/lib/signal";
import { fromEvents, fromTallies, programmeDays, recruitmentDashboard } from "./recruitment";
import { careContext, planDashboard } from "./plan";

const TODAY = new Date("2026-11-25T00:00:00Z");
// Independent of the dashboard's queries: counted = confirmed, realised, not archived, of a type the programme counts.
const counted = async (programmeId: string) => {
  const events = await db.recruitmentEvent.findMany({
    where: { programmeId },
    include: { eventType: { include: { programmes: true } }, place: true },
  });
  return events.filter(
    (e) =>
      e.status === "CONFIRMED" &&
      e.realisation === "REALISED" &&
      !e.archivedAt &&
      e.eventType.programmes.some((p) => p.programmeId === programmeId),
  );
};
const loadProgramme = (id: string) =>
  db.programme.findUniqueOrThrow({
    where: { id },
    include: { yearTargets: true, countedTypes: true, placeTargets: { select: { placeId: true, target: true } } },
  });

describe("dashboard figures from the demo data", () => {
  it("shows the running 2024–2028 recruitment plan with its confirmed count, per year and per ORP", async () => {
    const d = (await recruitmentDashboard({}, TODAY))!;
    const events = await counted("prog-nrp-2024");
    expect(d.programme.id).toBe("prog-nrp-2024");
    expect(d.forecast.done).toBe(events.length);
    expect(d.forecast.done).toBe(35);
    expect(d.slice).toMatchObject({
      filtered: false,
      rule: { kind: "PROGRAMME", target: 60 },
      done: 35,
      programmeDone: 35,
    });
    expect(d.slice.judgement!.forecast).toEqual(d.forecast);
    expect(d.byYear.map((y) => [y.year, y.confirmed, y.target])).toEqual(
      [2024, 2025, 2026, 2027, 2028].map((year) => [
        year,
        events.filter((e) => e.startDate.getUTCFullYear() === year).length,
        12,
      ]),
    );
    for (const orp of d.orpCoverage) expect(orp.overall).toBe(events.filter((e) => e.placeId === orp.id).length);
    expect(d.orpCoverage).toHaveLength(10);
    expect(d.funnel.applicants).toBe(events.reduce((s, e) => s + (e.applicants ?? 0), 0));
    expect(d.funnel.costHaler).toBe(Number(events.reduce((s, e) => s + (e.costHaler ?? 0n), 0n)));
    expect(d.byType.reduce((s, x) => s + x.count, 0)).toBe(events.length);
  });

  it("the current programme: today's word comes from today's numbers and its sentence with the forecast agrees", async () => {
    const d = (await recruitmentDashboard({}, TODAY))!;
    const f = d.forecast;
    const p = d.programme;
    expect(f.label).toBe(
      countedSignal(
        {
          done: f.done,
          planned: f.plannedToDate,
          target: p.totalTarget,
          periodStart: p.periodStart,
          periodEnd: p.periodEnd,
        },
        TODAY,
      ),
    );
    // 35 of 60 where ~35 were planned by today: on track, whatever the pace of the last 12 months says about 2028.
    expect(Math.abs(f.done - f.plannedToDate)).toBeLessThan(6);
    expect(f.label).toBe("ON_TRACK");
    const t = createTranslator({ locale: "cs", messages: await loadMessages("cs") });
    const sentence = verdictText(t as never, "cs", f.label, d.slice.judgement!.fact);
    expect(sentence.startsWith("V plánu; ")).toBe(true);
    expect(sentence).toMatch(
      f.shortAtEnd > 0
        ? /^V plánu; při tempu posledních 12 měsíců (bude|budou) na konci období chybět \d+ aktivit[ay]?\.$/
        : /^V plánu; při tempu posledních 12 měsíců bude cíl splněn /,
    );
  });

  it("the 2019–2023 plan shows the published 2019: 61 activities, judged against that year's sub-target", async () => {
    const d = (await recruitmentDashboard({ programmeId: "prog-nrp-2019", year: 2019 }, TODAY))!;
    expect(d.byYear).toEqual([{ year: 2019, confirmed: 61, target: 12 }]);
    expect(d.funnel.activities).toBe(61);
    expect(d.funnel.costHaler).toBe(32_969_355);
    expect(d.slice.rule).toEqual({ kind: "YEAR", year: 2019, target: 12 });
    expect(d.slice.judgement).toMatchObject({
      target: 12,
      forecast: { done: 61, label: "MET" },
      fact: { kind: "REACHED" },
    });
    expect(d.forecast.label).toBe("MET"); // the whole 2019–2023 programme
  });

  it("a year filter limits the burn-up and the funnel to that year alike", async () => {
    const d = (await recruitmentDashboard({ year: 2025 }, TODAY))!;
    const events = (await counted("prog-nrp-2024")).filter((e) => e.startDate.getUTCFullYear() === 2025);
    expect(d.burnUp.map((p) => p.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`),
    );
    expect(d.burnUp.at(-1)).toMatchObject({ actual: events.length, planned: 12, target: 12 });
    expect(d.funnel.activities).toBe(events.length);
    expect(d.slice.done).toBe(events.length);
    expect(d.byYear).toEqual([{ year: 2025, confirmed: events.length, target: 12 }]);
    expect(d.orpCoverage.every((o) => o.thisYear === o.overall)).toBe(true);
    expect(d.thisYear).toBe(2025);
    expect(d.slice.judgement!.forecast.ended).toBe(true);
    expect(d.slice.judgement!.forecast.label).toBe(events.length >= 12 ? "MET" : "OFF_TRACK");
  });

  it("an ORP without a place target shows its count and share, with no signal and no forecast", async () => {
    const d = (await recruitmentDashboard({ placeId: "5109" }, TODAY))!; // Turnov
    const events = (await counted("prog-nrp-2024")).filter((e) => e.placeId === "5109");
    expect(d.slice.rule).toEqual({ kind: "NONE", reason: "PLACE_WITHOUT_TARGET" });
    expect(d.slice.judgement).toBeNull();
    expect(d.slice).toMatchObject({ done: events.length, programmeDone: 35, place: { name: "Turnov", kind: "ORP" } });
    expect(d.burnUp.every((p) => p.planned === null && p.target === null)).toBe(true);
    expect(d.burnUp.filter((p) => p.actual !== null).at(-1)!.actual).toBe(events.length);
    expect(d.byYear.every((y) => y.target === null)).toBe(true);
    expect(d.funnel.activities).toBe(events.length);
    expect(d.forecast.done).toBe(35); // the programme's own figure stays whole
  });

  it("an ORP or a district with a place target is judged against it, with the programme pages' count", async () => {
    const [overview, ka2b, ka2a] = await Promise.all([
      programmesOverview(),
      recruitmentDashboard({ programmeId: "prog-ka2b", placeId: "5109" }, TODAY),
      recruitmentDashboard({ programmeId: "prog-ka2a", placeId: "CZ0514" }, TODAY), // district Semily: its ORPs' events
    ]);
    const row = (programmeId: string, placeId: string) =>
      overview.find((p) => p.id === programmeId)!.places.find((r) => r.placeId === placeId)!;
    expect(ka2b!.slice.rule).toEqual({ kind: "PLACE", placeId: "5109", target: 4 });
    expect(ka2b!.slice.judgement).toMatchObject({ target: 4, forecast: { done: row("prog-ka2b", "5109").confirmed } });
    expect(ka2a!.slice.rule).toEqual({ kind: "PLACE", placeId: "CZ0514", target: 5 });
    expect(ka2a!.slice.done).toBe(row("prog-ka2a", "CZ0514").confirmed);
    expect(ka2a!.slice.done).toBeGreaterThan(0);
  });

  it("an organisation or a type of activity has no target: count and share only", async () => {
    const all = await counted("prog-nrp-2024");
    const byOrg = (await recruitmentDashboard({ organisationId: "org-naruc", placeId: "5105" }, TODAY))!;
    expect(byOrg.slice.done).toBe(all.filter((e) => e.organisationId === "org-naruc" && e.placeId === "5105").length);
    expect(byOrg.slice).toMatchObject({ rule: { kind: "NONE", reason: "ORGANISATION" }, judgement: null });
    const talks = (await recruitmentDashboard({ eventTypeId: "TALK" }, TODAY))!;
    expect(talks.slice).toMatchObject({
      rule: { kind: "NONE", reason: "TYPE" },
      judgement: null,
      done: all.filter((e) => e.eventTypeId === "TALK").length,
    });
    expect(talks.byType.map((x) => x.id)).toEqual(talks.slice.done ? ["TALK"] : []);
    const notCounted = (await recruitmentDashboard({ eventTypeId: "SEMINAR" }, TODAY))!; // a type this programme does not count
    expect(notCounted.slice.done).toBe(0);
  });

  it("gives the same figures from the tallies as from a GROUP BY on the events", async () => {
    const programme = await loadProgramme("prog-nrp-2019");
    const byKey = <T extends object>(rows: T[]) =>
      [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const days = await programmeDays(programme.id);
    for (const year of [undefined, 2019, 2021]) {
      const [tallied, grouped] = await Promise.all([
        fromTallies(programme, year, 2021),
        fromEvents(programme, { year }, 2021),
      ]);
      for (const key of ["byType", "byOrg", "placesAll", "placesYear"] as const)
        expect(byKey<object>(tallied[key])).toEqual(byKey<object>(grouped[key]));
      expect(byKey(grouped.days)).toEqual(
        byKey(days.filter((d) => year === undefined || d.day.getUTCFullYear() === year)),
      );
      expect(tallied.totals).toEqual(grouped.totals);
      expect(tallied.totals.count).toBeGreaterThan(0);
    }
  });

  it("counts a confirmed event on the next load, and never a submitted one", async () => {
    const before = (await recruitmentDashboard({}, TODAY))!.forecast.done;
    const submitted = await db.recruitmentEvent.findFirstOrThrow({
      where: { programmeId: "prog-nrp-2024", status: "SUBMITTED" },
    });
    expect((await recruitmentDashboard({}, TODAY))!.forecast.done).toBe(before);
    await db.recruitmentEvent.update({ where: { id: submitted.id }, data: { status: "CONFIRMED" } });
    expect((await recruitmentDashboard({}, TODAY))!.forecast.done).toBe(before + 1);
  });

  it("shows the adopted plan's measures by status and signal, and the regional figures (of one year when filtered)", async () => {
    const d = (await planDashboard(undefined, TODAY))!;
    const measures = await db.measure.findMany({
      where: { planId: "plan-2019-2023", archivedAt: null },
      include: { carriedOverTo: true },
    });
    for (const { status, count } of d.statusCounts)
      expect(count).toBe(measures.filter((m) => m.status === status).length);
    expect(d.signalCounts.reduce((s, r) => s + r.count, 0)).toBe(30);
    expect(d.signalCounts.find((s) => s.signal === "NOT_EVALUATED")!.count).toBe(
      measures.filter((m) => m.status === "CANCELLED").length,
    );
    expect(d.overdue.length).toBe(
      measures.filter((m) => m.deadline! < TODAY && !["COMPLETED", "CANCELLED"].includes(m.status) && !m.carriedOverTo)
        .length,
    );
    const context = await careContext();
    expect(context.find((r) => r.year === 2022)).toMatchObject({ adoption: 16, foster: 15, temporary: 11 });
    expect((await careContext(2022)).map((r) => r.year)).toEqual([2022]);
  });
});
