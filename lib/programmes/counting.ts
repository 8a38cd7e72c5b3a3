import "server-only";
// The one definition of "an event that counts" and the GROUP BY queries built on it. Every count is made by the
// database (SQLite and PostgreSQL alike: identifiers double-quoted, COUNT converted from bigint with Number()).
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/sqlite/client";

// An event counts toward its programme when it is confirmed, realised, not archived, and of a type the programme
// counts (a programme that names no types counts every type).
export const COUNTED = Prisma.sql`
  e."status" = 'CONFIRMED' AND e."realisation" = 'REALISED' AND e."archivedAt" IS NULL
  AND (NOT EXISTS (SELECT 1 FROM "ProgrammeEventType" a WHERE a."programmeId" = e."programmeId")
       OR EXISTS (SELECT 1 FROM "ProgrammeEventType" a WHERE a."programmeId" = e."programmeId" AND a."eventTypeId" = e."eventTypeId"))`;

/** The same status rule without the programme's types, for totals that are not a programme's (campaigns). */
export const CONFIRMED_EVENT = { status: "CONFIRMED", realisation: "REALISED", archivedAt: null } as const;

type Count = bigint | number;
const only = (programmeId?: string) => (programmeId ? Prisma.sql` AND e."programmeId" = ${programmeId}` : Prisma.empty);
const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));

/** Confirmed count per programme. */
export async function countedByProgramme(programmeId?: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ programmeId: string; n: Count }[]>`
    SELECT e."programmeId" AS "programmeId", COUNT(*) AS n FROM "RecruitmentEvent" e WHERE ${COUNTED}${only(programmeId)}
    GROUP BY e."programmeId"`;
  return new Map(rows.map((r) => [r.programmeId, Number(r.n)]));
}

/**
 * Confirmed count per programme and calendar year. The year is bucketed by comparing the date with each 1 January
 * (no date functions, which differ between the two databases); the buckets span the first to the last event.
 */
export async function yearRows(programmeId?: string): Promise<{ programmeId: string; year: number; count: number }[]> {
  const span = await db.recruitmentEvent.aggregate({ where: programmeId ? { programmeId } : {}, _min: { startDate: true }, _max: { startDate: true } });
  if (!span._min.startDate || !span._max.startDate) return [];
  const from = span._min.startDate.getUTCFullYear();
  const to = span._max.startDate.getUTCFullYear();
  const whens = Array.from({ length: to - from }, (_, i) => Prisma.sql`WHEN e."startDate" < ${yearStart(from + i + 1)} THEN ${Prisma.raw(String(from + i))} `);
  const year = whens.length ? Prisma.sql`CASE ${Prisma.join(whens, "")}ELSE ${Prisma.raw(String(to))} END` : Prisma.raw(String(to));
  const rows = await db.$queryRaw<{ programmeId: string; year: Count; n: Count }[]>`
    SELECT t."programmeId" AS "programmeId", t."year" AS "year", COUNT(*) AS n
    FROM (SELECT e."programmeId" AS "programmeId", ${year} AS "year" FROM "RecruitmentEvent" e WHERE ${COUNTED}${only(programmeId)}) t
    GROUP BY t."programmeId", t."year"`;
  return rows.map((r) => ({ programmeId: r.programmeId, year: Number(r.year), count: Number(r.n) }));
}

/** Confirmed count per programme and event type. */
export async function typeRows(programmeId?: string): Promise<{ programmeId: string; eventTypeId: string; count: number }[]> {
  const rows = await db.$queryRaw<{ programmeId: string; eventTypeId: string; n: Count }[]>`
    SELECT e."programmeId" AS "programmeId", e."eventTypeId" AS "eventTypeId", COUNT(*) AS n
    FROM "RecruitmentEvent" e WHERE ${COUNTED}${only(programmeId)} GROUP BY e."programmeId", e."eventTypeId"`;
  return rows.map((r) => ({ programmeId: r.programmeId, eventTypeId: r.eventTypeId, count: Number(r.n) }));
}

type PlaceRow = { programmeId: string; placeId: string | null; count: number };

/** Confirmed count per programme and the event's own place (an ORP, the region, or none). */
export async function placeRows(programmeId?: string): Promise<PlaceRow[]> {
  const rows = await db.$queryRaw<{ programmeId: string; placeId: string | null; n: Count }[]>`
    SELECT e."programmeId" AS "programmeId", e."placeId" AS "placeId", COUNT(*) AS n
    FROM "RecruitmentEvent" e WHERE ${COUNTED}${only(programmeId)} GROUP BY e."programmeId", e."placeId"`;
  return rows.map((r) => ({ programmeId: r.programmeId, placeId: r.placeId, count: Number(r.n) }));
}

/** Confirmed count per programme and district: the events in the district's ORPs (Place.parentId) or at the district. */
export async function districtRows(programmeId?: string): Promise<{ programmeId: string; placeId: string; count: number }[]> {
  const rows = await db.$queryRaw<{ programmeId: string; placeId: string; n: Count }[]>`
    SELECT t."programmeId" AS "programmeId", t."districtId" AS "placeId", COUNT(*) AS n
    FROM (SELECT e."programmeId" AS "programmeId",
                 CASE WHEN p."kind" = 'ORP' THEN p."parentId" WHEN p."kind" = 'DISTRICT' THEN p."id" END AS "districtId"
          FROM "RecruitmentEvent" e JOIN "Place" p ON p."id" = e."placeId" WHERE ${COUNTED}${only(programmeId)}) t
    WHERE t."districtId" IS NOT NULL GROUP BY t."programmeId", t."districtId"`;
  return rows.map((r) => ({ programmeId: r.programmeId, placeId: r.placeId, count: Number(r.n) }));
}
