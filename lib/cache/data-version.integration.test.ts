import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reviewEvent } from "@/lib/recruitment/actions";
import { actAs } from "@/test/act-as";
import { viewer } from "./page-cache";

// The version as the page cache reads it.
const dataVersion = async () => (await viewer("user-council", Date.now())).version;

// Cached pages are keyed by the data version (lib/cache/page-cache): a write that did not bump it would leave every
// instance serving the page as it was before the write.
describe("the data version", () => {
  it("is bumped by every action that ran, and by none that was refused", async () => {
    const event = await db.recruitmentEvent.findFirstOrThrow({
      where: { programmeId: "prog-nrp-2024", status: "SUBMITTED", realisation: "REALISED" },
    });
    const start = await dataVersion();

    await actAs("council");
    expect(await reviewEvent({ eventId: event.id, decision: "confirm" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    await actAs("coordinator");
    expect(await reviewEvent({ eventId: event.id, decision: "return" })).toMatchObject({
      ok: false,
      error: "validation",
    });
    expect(await dataVersion()).toBe(start);

    expect(await reviewEvent({ eventId: event.id, decision: "confirm" })).toMatchObject({ ok: true });
    expect(await dataVersion()).toBe(start + 1);
    // A run that fails after validation may have written something: it bumps too.
    expect(await reviewEvent({ eventId: "no-such-event", decision: "confirm" })).toMatchObject({ ok: false });
    expect(await dataVersion()).toBe(start + 2);
  });
});
