import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expectedTallies, storedTallies } from "./tally-oracle";

// The tallies are kept by database triggers (prisma/tally-triggers.ts). Here they are compared with a count made in
// JS from the events themselves, after the seed and after every kind of write.
const expected = () => expectedTallies(db);
const tallies = () => storedTallies(db);

describe("event tallies", () => {
  it("match the events after the seed", async () => {
    const t = await tallies();
    expect(Object.keys(t.days).length).toBeGreaterThan(100);
    expect(t).toEqual(await expected());
  });

  it("follow inserts, confirmations, returns, edits, archiving, deletes and changes of the counted types", async () => {
    const base = {
      programmeId: "prog-nrp-2024",
      organisationId: "org-naruc",
      placeId: "5105",
      realisation: "REALISED" as const,
      peopleReached: 40,
      inquiries: 3,
      applicants: 1,
      costHaler: 125_000n,
    };
    const a = await db.recruitmentEvent.create({
      data: {
        ...base,
        eventTypeId: "TALK",
        title: "Tally A",
        startDate: new Date("2026-03-03T00:00:00Z"),
        status: "SUBMITTED",
      },
    });
    const b = await db.recruitmentEvent.create({
      data: {
        ...base,
        eventTypeId: "STAND",
        title: "Tally B",
        startDate: new Date("2025-12-31T00:00:00Z"),
        status: "CONFIRMED",
      },
    });
    expect(await tallies()).toEqual(await expected());
    await db.recruitmentEvent.update({ where: { id: a.id }, data: { status: "CONFIRMED" } });
    await db.recruitmentEvent.update({
      where: { id: b.id },
      data: {
        startDate: new Date("2026-01-01T00:00:00Z"),
        placeId: null,
        peopleReached: 90,
        organisationId: "org-rvc",
      },
    });
    expect(await tallies()).toEqual(await expected());
    await db.recruitmentEvent.update({ where: { id: a.id }, data: { status: "RETURNED" } });
    await db.recruitmentEvent.update({ where: { id: b.id }, data: { archivedAt: new Date() } });
    expect(await tallies()).toEqual(await expected());
    await db.recruitmentEvent.update({
      where: { id: b.id },
      data: { archivedAt: null, programmeId: "prog-nrp-2019", startDate: new Date("2023-06-01T00:00:00Z") },
    });
    expect(await tallies()).toEqual(await expected());
    await db.recruitmentEvent.delete({ where: { id: b.id } });
    await db.recruitmentEvent.update({ where: { id: a.id }, data: { status: "CONFIRMED" } });
    expect(await tallies()).toEqual(await expected());
    // The programme stops counting talks, then counts every type (no counted types), then talks again.
    const types = await db.programmeEventType.findMany({ where: { programmeId: "prog-nrp-2024" } });
    await db.programmeEventType.delete({
      where: { programmeId_eventTypeId: { programmeId: "prog-nrp-2024", eventTypeId: "TALK" } },
    });
    expect(await tallies()).toEqual(await expected());
    await db.programmeEventType.deleteMany({ where: { programmeId: "prog-nrp-2024" } });
    expect(await tallies()).toEqual(await expected());
    await db.programmeEventType.createMany({ data: types });
    expect(await tallies()).toEqual(await expected());
  });
});
