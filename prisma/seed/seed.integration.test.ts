import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemo } from ".";
import { KA1 } from "./project-outputs";
import { COST_2019_HALER, EVENTS_2019 } from "./recruitment";

const counts = async () => ({
  users: await db.user.count(),
  organisations: await db.organisation.count(),
  places: await db.place.count(),
  plans: await db.plan.count(),
  measures: await db.measure.count(),
  indicatorValues: await db.indicatorValue.count(),
  events: await db.recruitmentEvent.count(),
  programmes: await db.programme.count(),
  eventTypes: await db.eventType.count(),
  countedTypes: await db.programmeEventType.count(),
  care: await db.careStatistic.count(),
});

describe("demo data", () => {
  it("holds the region's places: 4 districts and 10 ORPs", async () => {
    expect(await db.place.count({ where: { kind: "DISTRICT" } })).toBe(4);
    expect(await db.place.count({ where: { kind: "ORP" } })).toBe(10);
  });

  it("has the adopted plan 2019–2023 with 4+ areas and ~30 measures, and the draft 2024–2028", async () => {
    const plan = await db.plan.findFirstOrThrow({
      where: { yearFrom: 2019 },
      include: { _count: { select: { areas: true, measures: true } } },
    });
    expect(plan.state).toBe("ADOPTED");
    expect(plan.adoptedOn?.toISOString()).toBe("2018-08-28T00:00:00.000Z");
    expect(plan._count.areas).toBeGreaterThanOrEqual(4);
    expect(plan._count.measures).toBe(30);
    expect((await db.plan.findFirstOrThrow({ where: { yearFrom: 2024 } })).state).toBe("DRAFT");
    // Five yearly values for each typed indicator; the recruitment measure's indicator counts its programme instead.
    expect(await db.indicatorValue.count({ where: { indicator: { measure: { planId: plan.id } } } })).toBe(145);
  });

  it("links the recruitment measures of both plans to their programmes, and carries indicators with their history", async () => {
    const linked = await db.indicator.findMany({
      where: { source: "PROGRAMME" },
      select: { sourceProgrammeId: true, measure: { select: { code: true, plan: { select: { yearFrom: true } } } } },
    });
    expect(linked.map((i) => [i.measure.plan.yearFrom, i.measure.code, i.sourceProgrammeId]).sort()).toEqual([
      [2019, "4.1.1", "prog-nrp-2019"],
      [2024, "2.1.1", "prog-nrp-2024"],
    ]);
    const carried = await db.measure.findMany({
      where: { carriedOverFromId: { not: null } },
      select: { indicators: { select: { source: true, _count: { select: { values: true } } } } },
    });
    expect(carried.every((m) => m.indicators.length === 1)).toBe(true);
    expect(
      carried.filter((m) => m.indicators[0].source === "MANUAL").every((m) => m.indicators[0]._count.values === 5),
    ).toBe(true);
  });

  it("has the published 2019 campaign: 61 events for 329 693,55 Kč", async () => {
    const where = {
      programme: { code: "NRP-2019-2023" },
      startDate: { gte: new Date("2019-01-01"), lt: new Date("2020-01-01") },
    };
    const sum = await db.recruitmentEvent.aggregate({ where, _count: true, _sum: { costHaler: true } });
    expect(sum._count).toBe(EVENTS_2019);
    expect(BigInt(sum._sum.costHaler ?? 0)).toBe(COST_2019_HALER);
  });

  it("has the project's counted targets (42 round tables, 20 seminars, 4 videos, 3 good-practice seminars) and the 60-activity plan", async () => {
    const programmes = await db.programme.findMany({
      select: { code: true, totalTarget: true, _count: { select: { events: true } } },
    });
    const target = Object.fromEntries(programmes.map((p) => [p.code, [p.totalTarget, p._count.events]]));
    expect(target["KA2B-KULATE-STOLY"]).toEqual([42, 42]);
    expect(target["KA2A-SEMINARE"]).toEqual([20, 20]);
    expect(target["KA2C-VIDEA"]).toEqual([4, 4]);
    expect(target["KA2D-DOBRA-PRAXE"]).toEqual([3, 3]);
    expect(target["NRP-2019-2023"][0]).toBe(60);
    expect(
      await db.programmePlaceTarget.aggregate({
        where: { programme: { code: "KA2B-KULATE-STOLY" } },
        _sum: { target: true },
      }),
    ).toEqual({ _sum: { target: 42 } });
  });

  it("has the project's KA1 and KA4 outputs as targets: 144 seminars for 12 workers, 2 methodologies, 3 evaluations", async () => {
    const programmes = await db.programme.findMany({
      where: { code: { startsWith: "KA" } },
      select: {
        code: true,
        totalTarget: true,
        participants: true,
        countedTypes: { select: { eventTypeId: true } },
        events: { select: { status: true, realisation: true, startDate: true } },
      },
    });
    const of = (code: string) => programmes.find((p) => p.code === code)!;
    expect([of("KA1-VZDELAVANI").totalTarget, of("KA1-VZDELAVANI").participants]).toEqual([144, 12]);
    expect(of("KA1-VZDELAVANI").events).toHaveLength(KA1.confirmed);
    expect(KA1.confirmed).toBe(142);
    expect([of("KA1-METODIKY-KONTROL").totalTarget, of("KA1-METODIKY-KONTROL").events.length]).toEqual([2, 2]);
    expect([of("KA4-EVALUACE").totalTarget, of("KA4-EVALUACE").events.length]).toEqual([3, 3]);
    // only KA1's seminars are shared by people; each output counts its own type
    expect(programmes.filter((p) => p.participants !== null).map((p) => p.code)).toEqual(["KA1-VZDELAVANI"]);
    expect(
      Object.fromEntries(
        ["KA1-VZDELAVANI", "KA1-METODIKY-KONTROL", "KA4-EVALUACE"].map((c) => [
          c,
          of(c).countedTypes.map((t) => t.eventTypeId),
        ]),
      ),
    ).toEqual({
      "KA1-VZDELAVANI": ["STAFF_SEMINAR"],
      "KA1-METODIKY-KONTROL": ["METHODOLOGY"],
      "KA4-EVALUACE": ["EVALUATION"],
    });
    // every project output is a confirmed, realised event inside the project period 1. 10. 2016 – 30. 9. 2019
    const events = programmes.flatMap((p) => p.events);
    expect(events.every((e) => e.status === "CONFIRMED" && e.realisation === "REALISED")).toBe(true);
    expect(events.every((e) => e.startDate >= new Date("2016-10-01") && e.startDate <= new Date("2019-09-30"))).toBe(
      true,
    );
    const evaluations = await db.programmeYearTarget.findMany({
      where: { programme: { code: "KA4-EVALUACE" } },
      orderBy: { year: "asc" },
    });
    expect(evaluations.map((y) => [y.year, y.target])).toEqual([
      [2017, 1],
      [2018, 1],
      [2019, 1],
    ]);
  });

  it("has one demo user per role and no personal data of applicants", async () => {
    const roles = await db.user.groupBy({ by: ["role"], _count: true });
    expect(Object.fromEntries(roles.map((r) => [r.role, r._count]))).toEqual({
      ADMIN: 1,
      COORDINATOR: 1,
      MEMBER: 2,
      COUNCIL: 1,
    });
    expect((await db.user.findMany()).every((u) => u.email.endsWith("@demo.rodina-lk.cz"))).toBe(true);
  });

  it("is idempotent: seeding again changes no counts", async () => {
    const before = await counts();
    await seedDemo(db);
    expect(await counts()).toEqual(before);
  });
});
