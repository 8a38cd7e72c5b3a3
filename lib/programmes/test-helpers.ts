// Shared by the programme, statistics and campaign integration tests (not shipped code).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";

let serial = 0;

/** A recruitment event written straight to the database (bypassing the event form's rules on purpose). */
export async function insertEvent(data: Partial<Prisma.RecruitmentEventUncheckedCreateInput> = {}) {
  serial += 1;
  return db.recruitmentEvent.create({
    data: {
      id: `test-evt-${serial}`,
      programmeId: "prog-nrp-2024",
      organisationId: "org-naruc",
      eventTypeId: "TALK",
      title: `Testovací beseda ${serial}`,
      startDate: new Date(Date.UTC(2025, 4, 14)),
      placeId: "5101",
      peopleReached: 30,
      costHaler: 150_000n,
      status: "CONFIRMED",
      realisation: "REALISED",
      ...data,
    },
  });
}

/** Every row the three features write, and the audit count: a refused or invalid call must leave all of it as it was. */
export const snapshot = async () => ({
  programmes: await db.programme.findMany({ orderBy: { id: "asc" } }),
  yearTargets: await db.programmeYearTarget.findMany({ orderBy: [{ programmeId: "asc" }, { year: "asc" }] }),
  placeTargets: await db.programmePlaceTarget.findMany({ orderBy: [{ programmeId: "asc" }, { placeId: "asc" }] }),
  types: await db.programmeEventType.findMany({ orderBy: [{ programmeId: "asc" }, { eventTypeId: "asc" }] }),
  care: await db.careStatistic.findMany({ orderBy: { id: "asc" } }),
  children: await db.childrenStatistic.findMany({ orderBy: { id: "asc" } }),
  campaigns: await db.campaign.findMany({ orderBy: { id: "asc" } }),
  audit: await db.auditLog.count(),
});
