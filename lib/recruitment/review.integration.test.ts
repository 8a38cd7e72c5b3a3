import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { programmeProgress } from "./queries";
import { reviewEvent } from "./actions";

const submitted = () =>
  db.recruitmentEvent.findFirstOrThrow({ where: { status: "SUBMITTED" }, orderBy: { id: "asc" } });
const snapshot = async (id: string) => ({
  event: await db.recruitmentEvent.findUniqueOrThrow({ where: { id } }),
  audit: await db.auditLog.count(),
});
const confirmedOf = async (programmeId: string) =>
  (await programmeProgress()).find((p) => p.id === programmeId)!.confirmed;

describe("reviewing a recruitment event", () => {
  it.each(["council", "memberA", "admin"] as const)(
    "is refused for %s, called directly, and changes nothing",
    async (who) => {
      const event = await submitted();
      const before = await snapshot(event.id);
      await actAs(who);
      expect(await reviewEvent({ eventId: event.id, decision: "confirm" })).toEqual({ ok: false, error: "forbidden" });
      expect(await snapshot(event.id)).toEqual(before);
    },
  );

  it("is refused without a session", async () => {
    await actAs(null);
    expect(await reviewEvent({ eventId: "x", decision: "confirm" })).toEqual({ ok: false, error: "unauthenticated" });
  });

  it("needs a comment to return an event, and rejects bad input without writing", async () => {
    const event = await submitted();
    const before = await snapshot(event.id);
    await actAs("coordinator");
    const noComment = await reviewEvent({ eventId: event.id, decision: "return" });
    expect(noComment).toMatchObject({ ok: false, error: "validation", fieldErrors: { comment: ["commentRequired"] } });
    expect(await reviewEvent({ eventId: event.id, decision: "delete" })).toMatchObject({
      ok: false,
      error: "validation",
    });
    expect(await reviewEvent({ eventId: "x".repeat(10_000), decision: "confirm" })).toMatchObject({
      ok: false,
      error: "validation",
    });
    expect(await reviewEvent({ eventId: "does-not-exist", decision: "confirm" })).toMatchObject({
      ok: false,
      error: "notFound",
    });
    expect(await snapshot(event.id)).toEqual(before);
  });

  it("confirming counts the event toward its programme exactly once, and is audited", async () => {
    const event = await submitted();
    const before = await confirmedOf(event.programmeId);
    await actAs("coordinator");
    expect(await reviewEvent({ eventId: event.id, decision: "confirm" })).toEqual({
      ok: true,
      data: { id: event.id, status: "CONFIRMED" },
    });
    expect(await confirmedOf(event.programmeId)).toBe(before + 1);
    expect(await reviewEvent({ eventId: event.id, decision: "confirm" })).toMatchObject({
      ok: false,
      error: "invalidTransition",
    });
    expect(await confirmedOf(event.programmeId)).toBe(before + 1);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: event.id, action: "confirm" } });
    expect(entry.userId).toBe("user-coordinator");
    expect(JSON.parse(entry.before!)).toMatchObject({ status: "SUBMITTED" });
  });

  it("returning keeps the event out of the count and stores the comment", async () => {
    const event = await submitted();
    const before = await confirmedOf(event.programmeId);
    await actAs("coordinator");
    const result = await reviewEvent({ eventId: event.id, decision: "return", comment: "Doplňte náklady." });
    expect(result).toMatchObject({ ok: true, data: { status: "RETURNED" } });
    expect((await db.recruitmentEvent.findUniqueOrThrow({ where: { id: event.id } })).reviewComment).toBe(
      "Doplňte náklady.",
    );
    expect(await confirmedOf(event.programmeId)).toBe(before);
  });
});
