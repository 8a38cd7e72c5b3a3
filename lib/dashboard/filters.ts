import "server-only";
import { db } from "@/lib/db";
import { currentPlan } from "@/lib/plan/queries";
import type { DashboardFilters } from "./recruitment";
import { sortByName } from "@/lib/sort/collate";

/** URL parameters → dashboard filters (unknown values ignored), so a link shows the same picture. `orp` takes an ORP
 * or a district. */
export function parseDashboardFilters(p: Record<string, string | undefined>): DashboardFilters {
  const year = Number.parseInt(p.rok ?? "", 10);
  const id = (v: string | undefined) => (v && v.length <= 64 ? v : undefined);
  return {
    programmeId: id(p.program),
    year: year >= 2000 && year <= 2100 ? year : undefined,
    organisationId: id(p.organizace),
    placeId: id(p.orp),
    eventTypeId: id(p.typ),
    areaId: id(p.oblast),
  };
}

export async function dashboardFilterOptions() {
  const plan = await currentPlan();
  const [programmes, organisations, places, eventTypes, areas] = await Promise.all([
    db.programme.findMany({
      where: { active: true },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, periodStart: true, periodEnd: true },
    }),
    db.organisation.findMany({ where: { active: true, isWorkingGroupMember: true }, select: { id: true, name: true } }),
    db.place.findMany({ where: { kind: { in: ["ORP", "DISTRICT"] } }, select: { id: true, name: true, kind: true } }),
    db.eventType.findMany({
      where: { active: true },
      orderBy: { sortOrder: "asc" },
      select: { id: true, nameCs: true, nameEn: true },
    }),
    plan
      ? db.priorityArea.findMany({
          where: { planId: plan.id, archivedAt: null },
          orderBy: { sortOrder: "asc" },
          select: { id: true, code: true, title: true },
        })
      : [],
  ]);
  const orps = sortByName(places.filter((p) => p.kind === "ORP"));
  const districts = sortByName(places.filter((p) => p.kind === "DISTRICT"));
  return { programmes, organisations: sortByName(organisations), orps, districts, eventTypes, areas };
}
