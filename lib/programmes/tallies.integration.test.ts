import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

// The tallies are kept by database triggers (prisma/tally-triggers.ts). Here they are compared with a count made in
// JS from the events themselves, after the seed and after every kind of write.
async function expected() {
  const [events, countedTypes] = await Promise.all([db.recruitmentEvent.findMany(), db.programmeEventType.findMany()]);
  const counts = (p: string, t: string) => !countedTypes.some((c) => c.programmeId === p) || countedTypes.some((c) => c.programmeId === p && c.eventTypeId === t);
  const days = new Map<string, number>();
  const summary = new Map<string, number[]>();
  const orgs = new Map<string, number>();
  for (const e of events.filter((e) => e.status === "CONFIRMED" && e.realisation === "REALISED" && !e.archivedAt && counts(e.programmeId, e.eventTypeId))) {
    const day = e.startDate.toISOString().slice(0, 10);
    const year = e.startDate.getUTCFullYear();
    days.set(`${e.programmeId}|${day}`, (days.get(`${e.programmeId}|${day}`) ?? 0) + 1);
    const key = `${e.programmeId}|${year}|${e.eventTypeId}|${e.placeId ?? ""}`;
    const s = summary.get(key) ?? [0, 0, 0, 0, 0];
    summary.set(key, [s[0] + 1, s[1] + (e.peopleReached ?? 0), s[2] + (e.inquiries ?? 0), s[3] + (e.applicants ?? 0), s[4] + Number(e.costHaler ?? 0)]);
    orgs.set(`${e.programmeId}|${year}|${e.organisationId}`, (orgs.get(`${e.programmeId}|${year}|${e.organisationId}`) ?? 0) + 1);
  }
  return { days: Object.fromEntries(days), summary: Object.fromEntries(summary), orgs: Object.fromEntries(orgs) };
}

async function tallies() {
  const [days, summary, orgs] = await Promise.all([db.countedEventDay.findMany(), db.countedEventSummary.findMany(), db.countedEventOrganisation.findMany()]);
  return {
    days: Object.fromEntries(days.map((d) => [`${d.programmeId}|${d.day}`, d.count])),
    summary: Object.fromEntries(summary.map((s) => [`${s.programmeId}|${s.year}|${s.eventTypeId}|${s.placeId}`, [s.count, s.peopleReached, s.inquiries, s.applicants, Number(s.costHaler)]])),
    orgs: Object.fromEntries(orgs.map((o) => [`${o.programmeId}|${o.year}|${o.organisationId}`, o.count])),
  };
}

describe("event tallies", () => {
  it("match the events after the seed", async () => {
    const t = await tallies();
    expect(Object.keys(t.days).length).toBeGreaterThan(100);
    expect(t).toEqual(await expected());
  });

  it("follow inserts, confirmations, returns, edits, archiving, deletes and changes of the counted types", async () => {
    const base = { programmeId: "prog-nrp-2024", organisationId: "org-naruc", placeId: "5105", realisation: "REALISED" as const, peopleReached: 40, inquiries: 3, applicants: 1, costHaler: 125_000n };
    const a = await db.recruitmentEvent.create({ data: { ...base, eventTypeId: "TALK", title: "Tally A", startDate: new Date("2026-03-03T00:00:00Z"), status: "SUBMITTED" } });
    const b = await db.recruitmentEvent.create({ data: { ...base, eventTypeId: "STAND", title: "Tally B", startDate: new Date("2025-12-31T00:00:00Z"), status: "CONFIRMED" } });
    expect(await tallies()).toEqual(await expected());
    await db.recruitmentEvent.update({ where: { id: a.id }, data: { status: "CONFIRMED" } });
    await db.recruitmentEvent.update({ where: { id: b.id }, data: { startDate: new Date("2026-01-01T00:00:00Z"), placeId: null, peopleReached: 90, organisationId: "org-rvc" } });
    expect(await tallies()).toEqual(await expected());
    await db.recruitmentEvent.update({ where: { id: a.id }, data: { status: "RETURNED" } });
    await db.recruitmentEvent.update({ where: { id: b.id }, data: { archivedAt: new Date() } });
    expect(await tallies()).toEqual(await expected());
    await db.recruitmentEvent.update({ where: { id: b.id }, data: { archivedAt: null, programmeId: "prog-nrp-2019", startDate: new Date("2023-06-01T00:00:00Z") } });
    expect(await tallies()).toEqual(await expected());
    await db.recruitmentEvent.delete({ where: { id: b.id } });
    await db.recruitmentEvent.update({ where: { id: a.id }, data: { status: "CONFIRMED" } });
    expect(await tallies()).toEqual(await expected());
    // The programme stops counting talks, then counts every type (no counted types), then talks again.
    const types = await db.programmeEventType.findMany({ where: { programmeId: "prog-nrp-2024" } });
    await db.programmeEventType.delete({ where: { programmeId_eventTypeId: { programmeId: "prog-nrp-2024", eventTypeId: "TALK" } } });
    expect(await tallies()).toEqual(await expected());
    await db.programmeEventType.deleteMany({ where: { programmeId: "prog-nrp-2024" } });
    expect(await tallies()).toEqual(await expected());
    await db.programmeEventType.createMany({ data: types });
    expect(await tallies()).toEqual(await expected());
  });
});
