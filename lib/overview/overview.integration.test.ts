import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getOverview } from "./queries";

describe("overview figures", () => {
  it("counts the adopted plan's measures by status", async () => {
    const { plan, statusCounts } = await getOverview(new Date("2026-11-25"));
    expect(plan?.yearFrom).toBe(2019);
    const measures = await db.measure.findMany({ where: { planId: plan!.id } });
    for (const status of Object.keys(statusCounts!) as (keyof typeof statusCounts)[]) {
      expect(statusCounts![status]).toBe(measures.filter((m) => m.status === status).length);
    }
  });

  it("counts only confirmed, realised events of counted types toward the running recruitment plan", async () => {
    const { recruitment } = await getOverview(new Date("2026-11-25"));
    expect(recruitment?.code).toBe("NRP-2024-2028");
    const events = await db.recruitmentEvent.findMany({ where: { programmeId: recruitment!.id }, include: { eventType: { include: { programmes: true } } } });
    const expected = events.filter(
      (e) => e.status === "CONFIRMED" && e.realisation === "REALISED" && !e.archivedAt && e.eventType.programmes.some((p) => p.programmeId === e.programmeId),
    ).length;
    expect(recruitment!.confirmed).toBe(expected);
    expect(recruitment!.confirmed).toBe(35);
    expect(recruitment!.awaitingReview).toBe(3);
    expect(recruitment!.totalTarget).toBe(60);
  });

  it("does not count an event of a type the programme does not count", async () => {
    const { recruitment } = await getOverview(new Date("2026-11-25"));
    const event = await db.recruitmentEvent.findFirstOrThrow({ where: { programmeId: recruitment!.id, status: "CONFIRMED" } });
    await db.recruitmentEvent.update({ where: { id: event.id }, data: { eventTypeId: "ROUND_TABLE" } });
    expect((await getOverview(new Date("2026-11-25"))).recruitment!.confirmed).toBe(recruitment!.confirmed - 1);
  });
});
