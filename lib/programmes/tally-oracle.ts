// The tallies the database keeps (prisma/tally-triggers.ts) side by side with a count made in JS from the events
// themselves, without the app's counting code: the tally tests and the backup checks compare the two.
import type { Db } from "@/lib/db";

/** The tallies recomputed from RecruitmentEvent and ProgrammeEventType. */
export async function expectedTallies(db: Db) {
  const [events, countedTypes] = await Promise.all([db.recruitmentEvent.findMany(), db.programmeEventType.findMany()]);
  const counts = (p: string, t: string) =>
    !countedTypes.some((c) => c.programmeId === p) ||
    countedTypes.some((c) => c.programmeId === p && c.eventTypeId === t);
  const days = new Map<string, number>();
  const summary = new Map<string, number[]>();
  const orgs = new Map<string, number>();
  for (const e of events.filter(
    (e) =>
      e.status === "CONFIRMED" && e.realisation === "REALISED" && !e.archivedAt && counts(e.programmeId, e.eventTypeId),
  )) {
    const day = e.startDate.toISOString().slice(0, 10);
    const year = e.startDate.getUTCFullYear();
    days.set(`${e.programmeId}|${day}`, (days.get(`${e.programmeId}|${day}`) ?? 0) + 1);
    const key = `${e.programmeId}|${year}|${e.eventTypeId}|${e.placeId ?? ""}`;
    const s = summary.get(key) ?? [0, 0, 0, 0, 0];
    summary.set(key, [
      s[0] + 1,
      s[1] + (e.peopleReached ?? 0),
      s[2] + (e.inquiries ?? 0),
      s[3] + (e.applicants ?? 0),
      s[4] + Number(e.costHaler ?? 0),
    ]);
    orgs.set(
      `${e.programmeId}|${year}|${e.organisationId}`,
      (orgs.get(`${e.programmeId}|${year}|${e.organisationId}`) ?? 0) + 1,
    );
  }
  return { days: Object.fromEntries(days), summary: Object.fromEntries(summary), orgs: Object.fromEntries(orgs) };
}

/** The tallies as stored, in the shape of expectedTallies. */
export async function storedTallies(db: Db) {
  const [days, summary, orgs] = await Promise.all([
    db.countedEventDay.findMany(),
    db.countedEventSummary.findMany(),
    db.countedEventOrganisation.findMany(),
  ]);
  return {
    days: Object.fromEntries(days.map((d) => [`${d.programmeId}|${d.day}`, d.count])),
    summary: Object.fromEntries(
      summary.map((s) => [
        `${s.programmeId}|${s.year}|${s.eventTypeId}|${s.placeId}`,
        [s.count, s.peopleReached, s.inquiries, s.applicants, Number(s.costHaler)],
      ]),
    ),
    orgs: Object.fromEntries(orgs.map((o) => [`${o.programmeId}|${o.year}|${o.organisationId}`, o.count])),
  };
}
