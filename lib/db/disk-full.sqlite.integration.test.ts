// The SQLite file's disk full (SQLite only; PostgreSQL's disk is the server's, in faults/): the app's connection may
// not grow the file (PRAGMA max_page_count), so saving an event — whose long description needs a new overflow page,
// and the file has no free page left — is answered "storageFull" with nothing stored; once the limit is raised,
// the same save goes through. The real fault, a full tmpfs under a running instance: faults/scenarios/3-disk-full.ts.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveEvent } from "@/lib/recruitment/actions";
import { memberEvent } from "@/faults/event-input";
import { actAs } from "@/test/act-as";

const event = {
  ...memberEvent("disk-full-0001"),
  title: "Beseda na plném disku",
  description: "Pěstounská péče v Libereckém kraji. ".repeat(130),
};
const state = async () => ({ events: await db.recruitmentEvent.count(), audit: await db.auditLog.count() });
const pragma = async (sql: string) =>
  Object.values((await db.$queryRawUnsafe<Record<string, bigint>[]>(`PRAGMA ${sql}`))[0] ?? {})[0];

describe("the SQLite file's disk full", () => {
  it("refuses a save with 'storageFull', storing nothing, and saves it once there is room again", async () => {
    await actAs("memberA");
    await db.$executeRawUnsafe("VACUUM"); // no free page inside the file: a new page must grow it
    expect(await pragma("freelist_count")).toBe(0n);
    const before = await state();
    const limit = await pragma("max_page_count");
    await pragma(`max_page_count = ${await pragma("page_count")}`);
    try {
      expect(await saveEvent(event)).toEqual({ ok: false, error: "storageFull" });
      expect(await state()).toEqual(before);
    } finally {
      await pragma(`max_page_count = ${limit}`);
    }
    expect(await saveEvent(event)).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });
    expect(await state()).toEqual({ events: before.events + 1, audit: before.audit + 1 });
  });
});
