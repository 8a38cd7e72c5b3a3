import "server-only";
// Programme counts for pages and dashboards; every count comes from the GROUP BY queries in ./counting.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { countedByProgramme, districtRows, placeRows, typeRows, yearRows } from "./counting";
import { periodYears } from "./targets";

export type ProgrammeProgress = {
  id: string;
  code: string;
  name: string;
  periodStart: Date;
  periodEnd: Date;
  totalTarget: number;
  /** The target is shared by this many people (null: the programme's target as a whole). */
  participants: number | null;
  confirmed: number;
  awaitingReview: number;
};

/** Active programmes (or those `where` picks) with their confirmed counts, aggregated in the database. */
export async function programmeProgress(
  where: Prisma.ProgrammeWhereInput = { active: true },
): Promise<ProgrammeProgress[]> {
  const [programmes, confirmedBy, pending] = await Promise.all([
    db.programme.findMany({ where, orderBy: [{ sortOrder: "asc" }, { periodStart: "asc" }] }),
    countedByProgramme(),
    db.recruitmentEvent.groupBy({
      by: ["programmeId"],
      where: { status: "SUBMITTED", archivedAt: null },
      _count: true,
    }),
  ]);
  const pendingBy = new Map(pending.map((row) => [row.programmeId, row._count]));
  return programmes.map((p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    totalTarget: p.totalTarget,
    participants: p.participants,
    confirmed: confirmedBy.get(p.id) ?? 0,
    awaitingReview: pendingBy.get(p.id) ?? 0,
  }));
}

export type YearCount = { year: number; count: number };
export type TypeCount = { eventTypeId: string; count: number };
export type PlaceCounts = {
  /** Per the event's own place: an ORP, the region (CZ051), or null when the event has no place. */
  places: { placeId: string | null; count: number }[];
  /** Per district: the events in its ORPs plus any placed on the district itself. */
  districts: { placeId: string; count: number }[];
};

/** Confirmed count per calendar year: every year of the programme's period (0 included), then any year outside it. */
export async function countsByYear(programmeId: string): Promise<YearCount[]> {
  const [programme, rows] = await Promise.all([
    db.programme.findUnique({ where: { id: programmeId }, select: { periodStart: true, periodEnd: true } }),
    yearRows(programmeId),
  ]);
  if (!programme) return [];
  const years = [
    ...new Set([...periodYears(programme.periodStart, programme.periodEnd), ...rows.map((r) => r.year)]),
  ].sort((a, b) => a - b);
  return years.map((year) => ({ year, count: rows.find((r) => r.year === year)?.count ?? 0 }));
}

/** Confirmed count per event type, the largest first (types without events left out). */
export async function countsByType(programmeId: string): Promise<TypeCount[]> {
  const rows = await typeRows(programmeId);
  return rows
    .map(({ eventTypeId, count }) => ({ eventTypeId, count }))
    .sort((a, b) => b.count - a.count || a.eventTypeId.localeCompare(b.eventTypeId));
}

/** Confirmed count per ORP (and the region), and rolled up to the districts. */
export async function countsByPlace(programmeId: string): Promise<PlaceCounts> {
  const [places, districts] = await Promise.all([placeRows(programmeId), districtRows(programmeId)]);
  const byId = <T extends { placeId: string | null }>(a: T, b: T) => (a.placeId ?? "").localeCompare(b.placeId ?? "");
  return {
    places: places.map(({ placeId, count }) => ({ placeId, count })).sort(byId),
    districts: districts.map(({ placeId, count }) => ({ placeId, count })).sort(byId),
  };
}

/** Archived programmes, for the list's link to each (where they can be read or restored). */
export async function archivedProgrammes() {
  return db.programme.findMany({
    where: { active: false },
    orderBy: [{ sortOrder: "asc" }, { periodStart: "asc" }],
    select: { id: true, name: true },
  });
}
