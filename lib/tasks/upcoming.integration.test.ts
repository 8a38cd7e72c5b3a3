import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO } from "@/test/act-as";
import { upcomingFor, type Upcoming } from "./upcoming";

const TODAY = new Date("2026-11-30T00:00:00Z"); // day 60: 29. 1. 2027, day 61: 30. 1. 2027
const NARUC_PLANNED = "evt-2026-open-5"; // NÁRUČ's event planned for 5. 12. 2026
const RVC_PLANNED = "evt-2026-open-6"; // Rodina v centru's event planned for 20. 1. 2027
const m = (old: string) => `plan-2024-2028-plan-2019-2023-${old}`;
const [DAY_60, DAY_61, FINISHED, TODAY_DUE] = [m("a1-g1-m3"), m("a1-g2-m2"), m("a2-g1-m2"), m("a2-g2-m3")];
const ACTIVITY_2026 = "ap-plan-2024-2028-2026";

const userOf = (who: keyof typeof DEMO) =>
  db.user.findUniqueOrThrow({ where: { id: DEMO[who] }, select: { role: true, organisationId: true } });
const keys = (items: Upcoming[]) => items.map((i) => `${i.kind}:${i.id}`);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** NÁRUČ reports on four measures: due on day 60, day 61, today, and one finished within the window. */
async function narucMeasures() {
  const set = (id: string, deadline: string, status: "IN_PROGRESS" | "COMPLETED") =>
    db.measure.update({ where: { id }, data: { responsibleOrgId: "org-naruc", deadline: day(deadline), status } });
  await set(DAY_60, "2027-01-29", "IN_PROGRESS");
  await set(DAY_61, "2027-01-30", "IN_PROGRESS");
  await set(FINISHED, "2026-12-15", "COMPLETED");
  await set(TODAY_DUE, "2026-11-30", "IN_PROGRESS");
}

describe("Moje úkoly: Do 60 dnů", () => {
  it("gives a member their organisation's items from today to day 60, by date, and nothing finished or later", async () => {
    await narucMeasures();
    // 2026 activities: 01 under TODAY_DUE and 05 under DAY_60 (NÁRUČ's measures), 04 made NÁRUČ's own, 02 NÁRUČ's but done.
    const activity = (n: string) => `${ACTIVITY_2026}-${n}`;
    await db.actionPlanActivity.update({ where: { id: activity("04") }, data: { organisationId: "org-naruc" } });
    await db.actionPlanActivity.update({
      where: { id: activity("02") },
      data: { organisationId: "org-naruc", status: "COMPLETED" },
    });
    const items = await upcomingFor(await userOf("memberA"), TODAY);
    expect(keys(items)).toEqual([
      `measure:${TODAY_DUE}`,
      `event:${NARUC_PLANNED}`,
      `activity:${activity("01")}`,
      `activity:${activity("04")}`,
      `activity:${activity("05")}`,
      `measure:${DAY_60}`,
    ]);
    expect(items.map((i) => i.date.toISOString().slice(0, 10))).toEqual([
      "2026-11-30",
      "2026-12-05",
      "2026-12-31",
      "2026-12-31",
      "2026-12-31",
      "2027-01-29",
    ]);
    expect(items[1]).toMatchObject({ title: expect.any(String), href: `/nabor/akce/${NARUC_PLANNED}` });
    expect(items[3].href).toBe(`/strategicky-plan/akcni-plany/${ACTIVITY_2026}`);
    expect(keys(items)).not.toContain(`event:${RVC_PLANNED}`);
  });

  it("gives the other member their own planned event, never NÁRUČ's", async () => {
    await narucMeasures();
    const items = await upcomingFor(await userOf("memberB"), TODAY);
    expect(keys(items)).toContain(`event:${RVC_PLANNED}`);
    expect(keys(items).filter((k) => k.includes(NARUC_PLANNED) || k.includes(DAY_60))).toEqual([]);
  });

  it("gives the coordinator everything in the window and nothing outside it", async () => {
    await narucMeasures();
    const items = await upcomingFor(await userOf("coordinator"), TODAY);
    expect(keys(items)).toEqual(
      expect.arrayContaining([
        `measure:${DAY_60}`,
        `measure:${TODAY_DUE}`,
        `event:${NARUC_PLANNED}`,
        `event:${RVC_PLANNED}`,
      ]),
    );
    expect(keys(items)).not.toContain(`measure:${DAY_61}`);
    expect(keys(items)).not.toContain(`measure:${FINISHED}`);
    const open2026 = await db.actionPlanActivity.count({
      where: { actionPlanId: ACTIVITY_2026, archivedAt: null, status: { notIn: ["COMPLETED", "CANCELLED"] } },
    });
    expect(items.filter((i) => i.kind === "activity")).toHaveLength(open2026);
    expect(items.every((i) => i.date >= TODAY && i.date <= day("2027-01-29"))).toBe(true);
    expect(items.map((i) => i.date.getTime())).toEqual([...items.map((i) => i.date.getTime())].sort((a, b) => a - b));
  });

  it("on 5. 12. 2026 the event of that day is still ahead, on 6. 12. it is not; the council and the admin get nothing", async () => {
    const member = await userOf("memberA");
    expect(keys(await upcomingFor(member, day("2026-12-05")))).toContain(`event:${NARUC_PLANNED}`);
    expect(keys(await upcomingFor(member, day("2026-12-06")))).not.toContain(`event:${NARUC_PLANNED}`);
    expect(await upcomingFor(await userOf("council"), TODAY)).toEqual([]);
    expect(await upcomingFor(await userOf("admin"), TODAY)).toEqual([]);
  });
});
