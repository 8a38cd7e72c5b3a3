import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { saveEventType } from "./event-types";

describe("event type code list", () => {
  it("the admin adds a type and deactivates one; the type stays for old events", async () => {
    await actAs("admin");
    expect(
      await saveEventType({
        id: "PODCAST",
        isNew: true,
        nameCs: "Podcast",
        nameEn: "Podcast",
        sortOrder: 20,
        active: true,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await saveEventType({
        id: "PRINT",
        isNew: false,
        nameCs: "Tiskoviny",
        nameEn: "Print",
        sortOrder: 8,
        active: false,
      }),
    ).toMatchObject({ ok: true });
    expect(await db.eventType.findUniqueOrThrow({ where: { id: "PRINT" } })).toMatchObject({
      active: false,
      nameCs: "Tiskoviny",
    });
    expect(await db.recruitmentEvent.count({ where: { eventTypeId: "PRINT" } })).toBeGreaterThan(0);
  });

  it("refuses a duplicate or malformed code and every other role", async () => {
    await actAs("admin");
    const before = await db.eventType.count();
    expect(
      await saveEventType({ id: "TALK", isNew: true, nameCs: "X", nameEn: "X", sortOrder: 1, active: true }),
    ).toMatchObject({ ok: false, fieldErrors: { id: ["duplicateCode"] } });
    expect(
      await saveEventType({ id: "bad code!", isNew: true, nameCs: "X", nameEn: "X", sortOrder: 1, active: true }),
    ).toMatchObject({ ok: false, error: "validation" });
    for (const who of ["coordinator", "memberA", "council"] as const) {
      await actAs(who);
      expect(
        await saveEventType({ id: "NEW_ONE", isNew: true, nameCs: "X", nameEn: "X", sortOrder: 1, active: true }),
      ).toEqual({ ok: false, error: "forbidden" });
    }
    expect(await db.eventType.count()).toBe(before);
  });
});
