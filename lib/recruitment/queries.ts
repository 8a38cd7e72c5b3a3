import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/sqlite/client";

export type ProgrammeProgress = {
  id: string;
  code: string;
  name: string;
  periodStart: Date;
  periodEnd: Date;
  totalTarget: number;
  confirmed: number;
  awaitingReview: number;
};

// An event counts toward a programme when it is confirmed, realised, not archived, and of a type the programme
// counts (a programme that names no types counts every type).
const COUNTED = Prisma.sql`
  e."status" = 'CONFIRMED' AND e."realisation" = 'REALISED' AND e."archivedAt" IS NULL
  AND (NOT EXISTS (SELECT 1 FROM "ProgrammeEventType" a WHERE a."programmeId" = e."programmeId")
       OR EXISTS (SELECT 1 FROM "ProgrammeEventType" a WHERE a."programmeId" = e."programmeId" AND a."eventTypeId" = e."eventTypeId"))`;

/** Active programmes with their confirmed counts, aggregated in the database. */
export async function programmeProgress(): Promise<ProgrammeProgress[]> {
  const [programmes, counted, pending] = await Promise.all([
    db.programme.findMany({ where: { active: true }, orderBy: [{ sortOrder: "asc" }, { periodStart: "asc" }] }),
    db.$queryRaw<{ programmeId: string; n: bigint | number }[]>`
      SELECT e."programmeId", COUNT(*) AS n FROM "RecruitmentEvent" e WHERE ${COUNTED} GROUP BY e."programmeId"`,
    db.recruitmentEvent.groupBy({ by: ["programmeId"], where: { status: "SUBMITTED", archivedAt: null }, _count: true }),
  ]);
  const confirmedBy = new Map(counted.map((row) => [row.programmeId, Number(row.n)]));
  const pendingBy = new Map(pending.map((row) => [row.programmeId, row._count]));
  return programmes.map((p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    totalTarget: p.totalTarget,
    confirmed: confirmedBy.get(p.id) ?? 0,
    awaitingReview: pendingBy.get(p.id) ?? 0,
  }));
}

/** The substitute-parent recruitment programme running on `today` (else the latest one). */
export async function currentRecruitmentProgramme(all: ProgrammeProgress[], today = new Date()) {
  const recruitment = all.filter((p) => p.code.startsWith("NRP"));
  return recruitment.find((p) => p.periodStart <= today && today <= p.periodEnd) ?? recruitment.at(-1) ?? null;
}

export async function careStatistics() {
  return db.careStatistic.findMany({ where: { quarter: 0 }, orderBy: [{ year: "asc" }, { careKind: "asc" }] });
}
