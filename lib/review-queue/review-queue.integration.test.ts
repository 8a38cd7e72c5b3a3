import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { reviewEvents } from "./actions";
import { reviewQueue, reviewQueueCount } from "./queries";

let made = 0;
/** Fresh submitted events, so that no test depends on another's writes; `waitingSince` sets the submission time. */
async function submitted(...waitingSince: string[]) {
  const template = await db.recruitmentEvent.findFirstOrThrow({ where: { status: "SUBMITTED" } });
  return Promise.all(
    waitingSince.map((at) => {
      made += 1;
      const data = {
        ...template,
        id: `queue-test-${made}`,
        title: `Testovací beseda ${made}`,
        idempotencyKey: null,
        importKey: null,
        createdAt: new Date(at),
        updatedAt: new Date(at),
      };
      return db.recruitmentEvent.create({ data });
    }),
  );
}
const statusOf = async (ids: string[]) =>
  (await db.recruitmentEvent.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } })).map((e) => e.status);
const totals = async () => ({
  audit: await db.auditLog.count(),
  comments: await db.comment.count(),
  waiting: await reviewQueueCount(),
});

describe("the review queue", () => {
  it("lists the waiting events oldest submission first, without archived ones, and counts them", async () => {
    const [late, early, archived] = await submitted(
      "2026-11-20T10:00:00Z",
      "2020-01-02T08:00:00Z",
      "2020-01-01T08:00:00Z",
    );
    await db.recruitmentEvent.update({
      where: { id: archived.id },
      data: { archivedAt: new Date("2026-11-21T00:00:00Z") },
    });
    const { items, total } = await reviewQueue();
    const ids = items.map((e) => e.id);
    expect(ids[0]).toBe(early.id);
    expect(ids.indexOf(late.id)).toBeGreaterThan(0);
    expect(ids).not.toContain(archived.id);
    expect(total).toBe(await db.recruitmentEvent.count({ where: { status: "SUBMITTED", archivedAt: null } }));
    expect(await reviewQueueCount()).toBe(total);
  });
});

describe("confirming several events at once", () => {
  it("confirms every listed event with the shared note, one audit entry each", async () => {
    const events = await submitted("2026-11-01T09:00:00Z", "2026-11-02T09:00:00Z", "2026-11-03T09:00:00Z");
    const ids = events.map((e) => e.id);
    const before = await totals();
    await actAs("coordinator");
    // A repeated id is confirmed once.
    expect(await reviewEvents({ eventIds: [...ids, ids[0]], note: "  Vše v pořádku.  " })).toEqual({
      ok: true,
      data: { confirmed: 3 },
    });
    const stored = await db.recruitmentEvent.findMany({ where: { id: { in: ids } } });
    for (const e of stored)
      expect(e).toMatchObject({
        status: "CONFIRMED",
        reviewComment: "Vše v pořádku.",
        reviewedById: "user-coordinator",
      });
    const entries = await db.auditLog.findMany({ where: { entityId: { in: ids }, action: "confirm" } });
    expect(entries.map((a) => a.entityId).sort()).toEqual([...ids].sort());
    expect(await totals()).toMatchObject({ audit: before.audit + 3, waiting: before.waiting - 3 });
  });

  it.each(["memberA", "council", "admin"] as const)("is refused for %s and changes nothing", async (who) => {
    const ids = (await submitted("2026-11-04T09:00:00Z", "2026-11-05T09:00:00Z")).map((e) => e.id);
    const before = await totals();
    await actAs(who);
    expect(await reviewEvents({ eventIds: ids })).toEqual({ ok: false, error: "forbidden" });
    expect(await statusOf(ids)).toEqual(["SUBMITTED", "SUBMITTED"]);
    expect(await totals()).toEqual(before);
  });

  it("confirms nothing when one event is no longer waiting, and names it", async () => {
    const [a, b, done] = await submitted("2026-11-06T09:00:00Z", "2026-11-07T09:00:00Z", "2026-11-08T09:00:00Z");
    await actAs("coordinator");
    expect(await reviewEvents({ eventIds: [done.id] })).toMatchObject({ ok: true });
    const before = await totals();
    const result = await reviewEvents({ eventIds: [a.id, done.id, b.id] });
    expect(result).toEqual({
      ok: false,
      error: "invalidTransition",
      fieldErrors: undefined,
      details: { notWaiting: [done.title] },
    });
    expect(await statusOf([a.id, b.id])).toEqual(["SUBMITTED", "SUBMITTED"]);
    expect(await totals()).toEqual(before);
  });

  it("confirms nothing when an event is archived or unknown, and names both", async () => {
    const [a, archived] = await submitted("2026-11-09T09:00:00Z", "2026-11-10T09:00:00Z");
    await db.recruitmentEvent.update({
      where: { id: archived.id },
      data: { archivedAt: new Date("2026-11-11T00:00:00Z") },
    });
    const before = await totals();
    await actAs("coordinator");
    const result = await reviewEvents({ eventIds: [a.id, archived.id, "no-such-event"] });
    expect(result).toMatchObject({
      ok: false,
      error: "invalidTransition",
      details: { notWaiting: [archived.title, "no-such-event"] },
    });
    expect(await statusOf([a.id, archived.id])).toEqual(["SUBMITTED", "SUBMITTED"]);
    expect(await totals()).toEqual(before);
  });

  it.each([
    ["no events", { eventIds: [] }, "eventIds"],
    ["101 events", { eventIds: Array.from({ length: 101 }, (_, i) => `e${i}`) }, "eventIds"],
    ["an empty id", { eventIds: [""] }, "eventIds.0"],
    ["a 65-character id", { eventIds: ["x".repeat(65)] }, "eventIds.0"],
    ["ids that are not a list", { eventIds: "queue-test-1" }, "eventIds"],
    ["a note over 2 000 characters", { eventIds: ["queue-test-1"], note: "x".repeat(2001) }, "note"],
  ])("refuses %s with a validation error and changes nothing", async (_label, input, field) => {
    const ids = (await submitted("2026-11-12T09:00:00Z")).map((e) => e.id);
    const before = await totals();
    await actAs("coordinator");
    const result = await reviewEvents(input);
    expect(result).toMatchObject({ ok: false, error: "validation" });
    expect(result.ok === false && result.fieldErrors?.[field]?.length).toBeTruthy();
    expect(await statusOf(ids)).toEqual(["SUBMITTED"]);
    expect(await totals()).toEqual(before);
  });
});
