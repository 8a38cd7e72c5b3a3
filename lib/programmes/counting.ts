import "server-only";
// Counts of the events that count toward their programme, read from the tallies the database keeps
// (CountedEventSummary, prisma/tally-triggers.ts) instead of scanning every event. The rule: an event counts when
// it is confirmed, realised, not archived, and of a type the programme counts (a programme that names no types
// counts every type). SQLite and PostgreSQL alike: identifiers double-quoted, sums converted with Number().
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/sqlite/client";

/** The same status rule without the programme's types, for totals that are not a programme's (campaigns). */
export const CONFIRMED_EVENT = { status: "CONFIRMED", realisation: "REALISED", archivedAt: null } as const;

/** The events that count toward a programme (the rule above), as a Prisma filter for the cases the tallies cannot
 * answer (one organisation, place or event type). */
export function countedEventWhere(programme: {
  id: string;
  countedTypeIds: string[];
}): Prisma.RecruitmentEventWhereInput {
  const types = programme.countedTypeIds;
  return { programmeId: programme.id, ...CONFIRMED_EVENT, ...(types.length ? { eventTypeId: { in: types } } : {}) };
}

const only = (programmeId?: string) => (programmeId ? { programmeId } : {});

/** Confirmed count per programme. */
export async function countedByProgramme(programmeId?: string): Promise<Map<string, number>> {
  const rows = await db.countedEventSummary.groupBy({
    by: ["programmeId"],
    where: only(programmeId),
    _sum: { count: true },
  });
  return new Map(rows.map((r) => [r.programmeId, r._sum.count ?? 0]));
}

/** Confirmed count per programme and calendar year. */
export async function yearRows(programmeId?: string): Promise<{ programmeId: string; year: number; count: number }[]> {
  const rows = await db.countedEventSummary.groupBy({
    by: ["programmeId", "year"],
    where: only(programmeId),
    _sum: { count: true },
  });
  return rows.map((r) => ({ programmeId: r.programmeId, year: r.year, count: r._sum.count ?? 0 }));
}

/** Confirmed count per programme and event type. */
export async function typeRows(
  programmeId?: string,
): Promise<{ programmeId: string; eventTypeId: string; count: number }[]> {
  const rows = await db.countedEventSummary.groupBy({
    by: ["programmeId", "eventTypeId"],
    where: only(programmeId),
    _sum: { count: true },
  });
  return rows.map((r) => ({ programmeId: r.programmeId, eventTypeId: r.eventTypeId, count: r._sum.count ?? 0 }));
}

/** Confirmed count per programme and the event's own place (an ORP, the region, or null for none). */
export async function placeRows(
  programmeId?: string,
): Promise<{ programmeId: string; placeId: string | null; count: number }[]> {
  const rows = await db.countedEventSummary.groupBy({
    by: ["programmeId", "placeId"],
    where: only(programmeId),
    _sum: { count: true },
  });
  return rows.map((r) => ({ programmeId: r.programmeId, placeId: r.placeId || null, count: r._sum.count ?? 0 }));
}

/** Confirmed count per programme and district: the events in the district's ORPs (Place.parentId) or at the district. */
export async function districtRows(
  programmeId?: string,
): Promise<{ programmeId: string; placeId: string; count: number }[]> {
  const filter = programmeId ? Prisma.sql` AND t."programmeId" = ${programmeId}` : Prisma.empty;
  const rows = await db.$queryRaw<{ programmeId: string; placeId: string; n: bigint | number }[]>`
    SELECT d."programmeId" AS "programmeId", d."districtId" AS "placeId", SUM(d."count") AS n
    FROM (SELECT t."programmeId" AS "programmeId", t."count" AS "count",
                 CASE WHEN p."kind" = 'ORP' THEN p."parentId" WHEN p."kind" = 'DISTRICT' THEN p."id" END AS "districtId"
          FROM "CountedEventSummary" t JOIN "Place" p ON p."id" = t."placeId" WHERE 1 = 1${filter}) d
    WHERE d."districtId" IS NOT NULL GROUP BY d."programmeId", d."districtId"`;
  return rows.map((r) => ({ programmeId: r.programmeId, placeId: r.placeId, count: Number(r.n) }));
}
