import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { canSeeEvent, visibleEventsSql, visibleEventsWhere, type EventViewer } from "./access";

// The three readings of event visibility select the same events from the demo data, for every kind of viewer.
const viewers: [string, EventViewer][] = [
  ["a member of Náruč", { role: "MEMBER", organisationId: "org-naruc" }],
  ["a member of RVC", { role: "MEMBER", organisationId: "org-rvc" }],
  ["a member without an organisation", { role: "MEMBER", organisationId: null }],
  ["the coordinator", { role: "COORDINATOR", organisationId: null }],
  ["the council", { role: "COUNCIL", organisationId: null }],
  ["an admin", { role: "ADMIN", organisationId: null }],
];
const sorted = (ids: string[]) => [...ids].sort();

describe("event visibility", () => {
  it.each(viewers)("selects the same events for %s as a predicate, a Prisma filter and SQL", async (_, viewer) => {
    const all = await db.recruitmentEvent.findMany({ select: { id: true, organisationId: true, status: true } });
    const byPredicate = sorted(all.filter((e) => canSeeEvent(viewer, e)).map((e) => e.id));
    const byPrisma = await db.recruitmentEvent.findMany({ where: visibleEventsWhere(viewer), select: { id: true } });
    const condition = visibleEventsSql(viewer) ?? Prisma.sql`1 = 1`;
    const bySql = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "RecruitmentEvent" WHERE ${condition}`;
    expect(sorted(byPrisma.map((e) => e.id))).toEqual(byPredicate);
    expect(sorted(bySql.map((e) => e.id))).toEqual(byPredicate);
    // The demo data holds unconfirmed events of several organisations, so a member's view is a real subset.
    if (viewer.role === "MEMBER") expect(byPredicate.length).toBeLessThan(all.length);
    else expect(byPredicate).toHaveLength(all.length);
    expect(byPredicate.length).toBeGreaterThan(0);
  });
});
