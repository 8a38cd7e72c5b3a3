import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fromEvents, fromTallies, recruitmentDashboard } from "./recruitment";
import { careContext, planDashboard } from "./plan";

const TODAY = new Date("2026-11-25T00:00:00Z");
// Independent of the dashboard's queries: counted = confirmed, realised, not archived, of a type the programme counts.
const counted = async (programmeId: string) => {
  const events = await db.recruitmentEvent.findMany({ where: { programmeId }, include: { eventType: { include: { programmes: true } } } });
  return events.filter((e) => e.status === "CONFIRMED" && e.realisation === "REALISED" && !e.archivedAt && e.eventType.programmes.some((p) => p.programmeId === programmeId));
};

describe("dashboard figures from the demo data", () => {
  it("shows the running 2024–2028 recruitment plan with its confirmed count, per year and per ORP", async () => {
    const d = (await recruitmentDashboard({}, TODAY))!;
    const events = await counted("prog-nrp-2024");
    expect(d.programme.id).toBe("prog-nrp-2024");
    expect(d.forecast.done).toBe(events.length);
    expect(d.forecast.done).toBe(35);
    expect(d.byYear.map((y) => [y.year, y.confirmed, y.target])).toEqual([2024, 2025, 2026, 2027, 2028].map((year) => [year, events.filter((e) => e.startDate.getUTCFullYear() === year).length, 12]));
    for (const orp of d.orpCoverage) expect(orp.overall).toBe(events.filter((e) => e.placeId === orp.id).length);
    expect(d.orpCoverage).toHaveLength(10);
    expect(d.funnel.applicants).toBe(events.reduce((s, e) => s + (e.applicants ?? 0), 0));
    expect(d.funnel.costHaler).toBe(Number(events.reduce((s, e) => s + (e.costHaler ?? 0n), 0n)));
    expect(d.byType.reduce((s, x) => s + x.count, 0)).toBe(events.length);
  });

  it("the 2019–2023 plan shows the published 2019: 61 activities", async () => {
    const d = (await recruitmentDashboard({ programmeId: "prog-nrp-2019", year: 2019 }, TODAY))!;
    expect(d.byYear.find((y) => y.year === 2019)?.confirmed).toBe(61);
    expect(d.funnel.activities).toBe(61);
    expect(d.funnel.costHaler).toBe(32_969_355);
    expect(d.forecast.label).toBe("REACHED");
  });

  it("gives the same figures from the tallies as from a GROUP BY on the events", async () => {
    const programme = await db.programme.findUniqueOrThrow({ where: { id: "prog-nrp-2019" }, include: { yearTargets: true, countedTypes: true } });
    const byKey = <T extends object>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    for (const year of [undefined, 2019, 2021]) {
      const [tallied, grouped] = await Promise.all([fromTallies(programme, year, 2021), fromEvents(programme, { year }, 2021)]);
      for (const key of ["days", "byType", "byOrg", "placesAll", "placesYear"] as const) expect(byKey<object>(tallied[key])).toEqual(byKey<object>(grouped[key]));
      expect(tallied.totals).toEqual(grouped.totals);
      expect(tallied.totals.count).toBeGreaterThan(0);
    }
  });

  it("filters by organisation and ORP", async () => {
    const d = (await recruitmentDashboard({ organisationId: "org-naruc", placeId: "5105" }, TODAY))!;
    const events = (await counted("prog-nrp-2024")).filter((e) => e.organisationId === "org-naruc" && e.placeId === "5105");
    expect(d.forecast.done).toBe(events.length);
  });

  it("counts a confirmed event on the next load, and never a submitted one", async () => {
    const before = (await recruitmentDashboard({}, TODAY))!.forecast.done;
    const submitted = await db.recruitmentEvent.findFirstOrThrow({ where: { programmeId: "prog-nrp-2024", status: "SUBMITTED" } });
    expect((await recruitmentDashboard({}, TODAY))!.forecast.done).toBe(before);
    await db.recruitmentEvent.update({ where: { id: submitted.id }, data: { status: "CONFIRMED" } });
    expect((await recruitmentDashboard({}, TODAY))!.forecast.done).toBe(before + 1);
  });

  it("shows the adopted plan's measures by status and the regional figures", async () => {
    const d = (await planDashboard(undefined, TODAY))!;
    const measures = await db.measure.findMany({ where: { planId: "plan-2019-2023", archivedAt: null }, include: { carriedOverTo: true } });
    for (const { status, count } of d.statusCounts) expect(count).toBe(measures.filter((m) => m.status === status).length);
    expect(d.ragCounts.reduce((s, r) => s + r.count, 0)).toBe(30);
    expect(d.overdue.length).toBe(measures.filter((m) => m.deadline! < TODAY && !["COMPLETED", "CANCELLED"].includes(m.status) && !m.carriedOverTo).length);
    const context = await careContext();
    expect(context.find((r) => r.year === 2022)).toMatchObject({ adoption: 16, foster: 15, temporary: 11 });
  });
});
