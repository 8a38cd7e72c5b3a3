import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { reviewEvent, saveEvent } from "@/lib/recruitment/actions";
import type { EventInput } from "@/lib/recruitment/schema";
import { addComment } from "./actions";
import { eventHistory, thread } from "./queries";
import common from "@/messages/cs/common.json";
import conversation from "@/messages/cs/conversation.json";

const MEASURE = "plan-2024-2028-plan-2019-2023-a2-g2-m3";
const event = (change: Partial<EventInput> = {}): EventInput => ({
  programmeId: "prog-nrp-2024",
  eventTypeId: "TALK",
  title: "Beseda o pěstounské péči v Turnově",
  startDate: "2026-09-15",
  placeId: "5109",
  municipality: "Turnov",
  audience: "PUBLIC",
  realisation: "REALISED",
  peopleReached: "30",
  inquiries: "4",
  applicants: "1",
  cost: "",
  submit: true,
  ...change,
});
const said = async (eventId: string) => (await thread({ eventId })).map((c) => [c.kind, c.text, c.author.name]);
// A field error's key as the Czech user reads it (components/ui/field-error.tsx).
const czech = (message: string) => {
  const key = message.split("|")[0] as string;
  return (
    (conversation.conversation.errors as Record<string, string>)[key] ??
    (common.errors.field as Record<string, string>)[key]
  );
};
const stored = async () => ({ comments: await db.comment.count(), audit: await db.auditLog.count() });

async function logged() {
  await actAs("memberA");
  const result = await saveEvent(event());
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

describe("the thread of an event", () => {
  it("keeps the return reason, the member's answer and the confirmation note, oldest first", async () => {
    const id = await logged();
    await actAs("coordinator");
    expect(await reviewEvent({ eventId: id, decision: "return", comment: "  Doplňte náklady.  " })).toMatchObject({
      ok: true,
      data: { status: "RETURNED" },
    });
    expect(await said(id)).toEqual([["RETURNED", "Doplňte náklady.", "Jana Dvořáková"]]);

    await actAs("memberA");
    const { version } = await db.recruitmentEvent.findUniqueOrThrow({ where: { id } });
    const resent = await saveEvent(event({ id, version, cost: "1 200", answer: "Náklady doplněny." }));
    expect(resent).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });

    await actAs("coordinator");
    expect(await reviewEvent({ eventId: id, decision: "confirm", comment: "Děkujeme." })).toMatchObject({
      ok: true,
      data: { status: "CONFIRMED" },
    });
    expect(await said(id)).toEqual([
      ["RETURNED", "Doplňte náklady.", "Jana Dvořáková"],
      ["RESUBMITTED", "Náklady doplněny.", "Lucie Horáková"],
      ["CONFIRMED", "Děkujeme.", "Jana Dvořáková"],
    ]);
    expect((await db.recruitmentEvent.findUniqueOrThrow({ where: { id } })).reviewComment).toBe("Děkujeme.");
    // The history is the thread with the other edits: the resubmission and the reviews are not told twice.
    expect((await eventHistory(id)).map((h) => (h.type === "edit" ? h.action : h.kind))).toEqual([
      "create",
      "RETURNED",
      "RESUBMITTED",
      "CONFIRMED",
    ]);
  });

  it("a confirmation without a note and a resubmission without an answer are still in the thread, with empty text", async () => {
    const id = await logged();
    await actAs("coordinator");
    await reviewEvent({ eventId: id, decision: "return", comment: "Upřesněte místo." });
    await actAs("memberA");
    const { version } = await db.recruitmentEvent.findUniqueOrThrow({ where: { id } });
    expect(await saveEvent(event({ id, version }))).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });
    await actAs("coordinator");
    await reviewEvent({ eventId: id, decision: "confirm" });
    expect((await said(id)).map(([kind, text]) => [kind, text])).toEqual([
      ["RETURNED", "Upřesněte místo."],
      ["RESUBMITTED", ""],
      ["CONFIRMED", ""],
    ]);
  });

  it("saving a returned event as a draft writes no answer", async () => {
    const id = await logged();
    await actAs("coordinator");
    await reviewEvent({ eventId: id, decision: "return", comment: "Doplňte dosah." });
    await actAs("memberA");
    const { version } = await db.recruitmentEvent.findUniqueOrThrow({ where: { id } });
    expect(await saveEvent(event({ id, version, submit: false, answer: "Ještě doplním." }))).toMatchObject({
      ok: true,
      data: { status: "RETURNED" },
    });
    expect((await said(id)).map(([kind]) => kind)).toEqual(["RETURNED"]);
  });

  it("refuses an answer over 2000 characters with a field error and stores nothing", async () => {
    const id = await logged();
    await actAs("coordinator");
    await reviewEvent({ eventId: id, decision: "return", comment: "Doplňte dosah." });
    const before = { ...(await stored()), event: await db.recruitmentEvent.findUniqueOrThrow({ where: { id } }) };
    await actAs("memberA");
    const result = await saveEvent(event({ id, version: before.event.version, answer: "x".repeat(2001) }));
    expect(result).toMatchObject({ ok: false, error: "validation", fieldErrors: { answer: ["too_big|2000"] } });
    expect({ ...(await stored()), event: await db.recruitmentEvent.findUniqueOrThrow({ where: { id } }) }).toEqual(
      before,
    );
  });
});

describe("adding a comment", () => {
  it("anyone who may see an event comments on it, and it is audited", async () => {
    const id = await logged();
    await actAs("memberA");
    const own = await addComment({ eventId: id, text: "  Fotografie pošleme zítra. " });
    expect(own).toMatchObject({ ok: true });
    await actAs("coordinator");
    expect(await addComment({ eventId: id, text: "Děkuji." })).toMatchObject({ ok: true });
    expect(await said(id)).toEqual([
      ["COMMENT", "Fotografie pošleme zítra.", "Lucie Horáková"],
      ["COMMENT", "Děkuji.", "Jana Dvořáková"],
    ]);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entity: "Comment", entityId: own.ok ? own.data.id : "" },
    });
    expect(entry).toMatchObject({ userId: "user-member-naruc", action: "comment" });
  });

  it("a member cannot comment on another organisation's unconfirmed event, nor on an unknown one: not found, nothing stored", async () => {
    const other = await db.recruitmentEvent.findFirstOrThrow({
      where: { organisationId: "org-rvc", status: { not: "CONFIRMED" }, archivedAt: null },
    });
    await actAs("memberA");
    const before = await stored();
    expect(await addComment({ eventId: other.id, text: "Ahoj" })).toEqual({
      ok: false,
      error: "notFound",
      details: {},
    });
    expect(await addComment({ eventId: "does-not-exist", text: "Ahoj" })).toMatchObject({
      ok: false,
      error: "notFound",
    });
    expect(await addComment({ measureId: "does-not-exist", text: "Ahoj" })).toMatchObject({
      ok: false,
      error: "notFound",
    });
    expect(await stored()).toEqual(before);
  });

  it("a member may comment on another organisation's confirmed event", async () => {
    const confirmed = await db.recruitmentEvent.findFirstOrThrow({
      where: { organisationId: "org-rvc", status: "CONFIRMED" },
    });
    await actAs("memberA");
    expect(await addComment({ eventId: confirmed.id, text: "Inspirativní akce." })).toMatchObject({ ok: true });
  });

  it.each([
    ["an empty text", { measureId: MEASURE, text: "   " }, "text", "required"],
    ["a text over 2000 characters", { measureId: MEASURE, text: "x".repeat(2001) }, "text", "too_big|2000"],
    ["no record", { text: "Bez záznamu" }, "_", "oneRecord"],
    ["two records", { measureId: MEASURE, eventId: "evt-2026-open-1", text: "Dvakrát" }, "_", "oneRecord"],
  ])("refuses %s with a validation error and stores nothing", async (_label, input, field, message) => {
    await actAs("council");
    const before = await stored();
    expect(await addComment(input)).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { [field]: [message] },
    });
    expect(czech(message)).toMatch(/[ěščřžýáíéůú]/);
    expect(await stored()).toEqual(before);
  });

  it("the council comments on a measure; the measure's thread is oldest first", async () => {
    await actAs("council");
    expect(await addComment({ measureId: MEASURE, text: "Jak pokračuje příprava?" })).toMatchObject({ ok: true });
    await actAs("coordinator");
    expect(await addComment({ measureId: MEASURE, text: "Podklady jsou hotové." })).toMatchObject({ ok: true });
    const comments = await thread({ measureId: MEASURE });
    expect(comments.map((c) => [c.text, c.author.name, c.author.role])).toEqual([
      ["Jak pokračuje příprava?", "Eva Benešová", "COUNCIL"],
      ["Podklady jsou hotové.", "Jana Dvořáková", "COORDINATOR"],
    ]);
    expect(comments[0].createdAt.getTime()).toBeLessThanOrEqual(comments[1].createdAt.getTime());
  });

  it("reads a thread oldest first whatever the order of writing", async () => {
    const measureId = "plan-2024-2028-plan-2019-2023-a4-g2-m2";
    const write = (text: string, createdAt: string) =>
      db.comment.create({ data: { measureId, authorId: "user-coordinator", text, createdAt: new Date(createdAt) } });
    await write("druhý", "2026-03-12T13:05:00Z");
    await write("první", "2026-03-11T08:00:00Z");
    expect((await thread({ measureId })).map((c) => c.text)).toEqual(["první", "druhý"]);
  });
});
