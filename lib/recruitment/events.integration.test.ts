import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { archiveEvent, saveEvent } from "./actions";
import type { EventInput } from "./schema";

const event = (change: Partial<EventInput> = {}): EventInput => ({
  programmeId: "prog-nrp-2024",
  eventTypeId: "TALK",
  title: "Beseda o pěstounské péči v Semilech",
  startDate: "2026-09-10",
  placeId: "5107",
  municipality: "Semily",
  audience: "PUBLIC",
  realisation: "REALISED",
  peopleReached: "45",
  inquiries: "6",
  applicants: "2",
  cost: "3 500",
  submit: true,
  ...change,
});
const state = async () => ({
  events: await db.recruitmentEvent.count(),
  audit: await db.auditLog.count(),
  attachments: await db.attachment.count(),
});

describe("logging recruitment events", () => {
  it("a member logs an event for their own organisation, whatever organisation they send", async () => {
    await actAs("memberA");
    const result = await saveEvent(event({ organisationId: "org-rvc" }));
    expect(result).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });
    const saved = await db.recruitmentEvent.findUniqueOrThrow({ where: { id: result.ok ? result.data.id : "" } });
    expect(saved).toMatchObject({
      organisationId: "org-naruc",
      createdById: "user-member-naruc",
      costHaler: 350_000n,
      searchText: "beseda o pestounske peci v semilech semily",
    });
  });

  it.each([
    ["a date outside the programme", { startDate: "2023-12-31" }, "startDate"],
    ["a realised event in the future", { startDate: "2027-03-01" }, "startDate"],
    ["an end before the start", { endDate: "2026-09-01" }, "endDate"],
    ["a negative reach", { peopleReached: "-5" }, "peopleReached"],
    ["an absurd reach (10^9)", { peopleReached: "1000000000" }, "peopleReached"],
    ["more applicants than inquiries", { inquiries: "1", applicants: "3" }, "applicants"],
    ["an unknown ORP", { placeId: "9999" }, "placeId"],
    ["a district instead of an ORP", { placeId: "CZ0511" }, "placeId"],
    ["an unknown event type", { eventTypeId: "PARTY" }, "eventTypeId"],
    ["a negative cost", { cost: "-100" }, "cost"],
    ["a 10 000-character title", { title: "x".repeat(10_000) }, "title"],
  ])("refuses %s with a field error and stores nothing", async (_label, change, field) => {
    await actAs("memberA");
    const before = await state();
    const result = await saveEvent(event(change));
    expect(result).toMatchObject({ ok: false, error: "validation" });
    expect(result.ok === false && result.fieldErrors?.[field]?.length).toBeTruthy();
    expect(await state()).toEqual(before);
  });

  it("refuses an attachment whose content is not an allowed type, storing nothing", async () => {
    await actAs("memberA");
    const before = await state();
    const data = new FormData();
    data.set("payload", JSON.stringify(event()));
    data.append("attachments", new File(["<script>alert(1)</script>"], "pozvanka.pdf", { type: "application/pdf" }));
    expect(await saveEvent(data)).toMatchObject({ ok: false, error: "fileType" });
    expect(await state()).toEqual(before);
  });

  it("a member of organisation A cannot change or archive organisation B's events", async () => {
    const other = await db.recruitmentEvent.findFirstOrThrow({
      where: { organisationId: "org-rvc", status: { not: "CONFIRMED" } },
    });
    await actAs("memberA");
    const before = await state();
    expect(await saveEvent(event({ id: other.id, version: other.version, title: "Převzato" }))).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await archiveEvent({ eventId: other.id })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await db.recruitmentEvent.findUniqueOrThrow({ where: { id: other.id } })).toEqual(other);
    expect(await state()).toEqual(before);
  });

  it("a member cannot edit a confirmed event of their own; the coordinator can", async () => {
    const confirmed = await db.recruitmentEvent.findFirstOrThrow({
      where: { organisationId: "org-naruc", status: "CONFIRMED", programmeId: "prog-nrp-2024" },
    });
    const values = event({
      id: confirmed.id,
      version: confirmed.version,
      startDate: confirmed.startDate.toISOString().slice(0, 10),
      title: "Opraveno",
    });
    await actAs("memberA");
    expect(await saveEvent(values)).toMatchObject({ ok: false, error: "forbidden" });
    await actAs("coordinator");
    expect(await saveEvent({ ...values, organisationId: "org-naruc" })).toMatchObject({
      ok: true,
      data: { status: "CONFIRMED" },
    });
  });

  it("the council cannot log events at all", async () => {
    await actAs("council");
    expect(await saveEvent(event())).toEqual({ ok: false, error: "forbidden" });
  });

  it("a repeated create with the same idempotency key stores the event once", async () => {
    await actAs("memberB");
    const before = await state();
    const key = "retry-key-0001";
    const [a, b] = await Promise.all([
      saveEvent(event({ idempotencyKey: key })),
      saveEvent(event({ idempotencyKey: key })),
    ]);
    const c = await saveEvent(event({ idempotencyKey: key }));
    expect(a.ok && b.ok && c.ok).toBe(true);
    expect(new Set([a, b, c].map((r) => (r.ok ? r.data.id : "")))).toHaveProperty("size", 1);
    expect((await state()).events).toBe(before.events + 1);
  });

  it("a second edit from a stale form is refused", async () => {
    await actAs("memberA");
    const created = await saveEvent(event({ submit: false }));
    const id = created.ok ? created.data.id : "";
    expect(await saveEvent(event({ id, version: 1, title: "První úprava", submit: false }))).toMatchObject({
      ok: true,
    });
    expect(await saveEvent(event({ id, version: 1, title: "Druhá úprava", submit: false }))).toMatchObject({
      ok: false,
      error: "staleVersion",
    });
    expect((await db.recruitmentEvent.findUniqueOrThrow({ where: { id } })).title).toBe("První úprava");
  });
});
