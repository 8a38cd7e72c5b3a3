// A lock held by another connection (a long writer): saves waiting for it give up at LOCK_WAIT_MS with "unavailable"
// — side by side, not one after another — and store nothing; reads of events at the same time, more than the pool
// has connections, end as soon, served or "unavailable" (on PostgreSQL the lock blocks them too, and those left
// without a connection time out of the pool); once the lock is gone the pool serves 100 saves from 20 members at a
// time. The lock itself: faults/lock.ts (the one the lock-wait fault scenario holds).
import { describe, expect, it } from "vitest";
import { memberEvent as event } from "@/faults/event-input";
import { holdWriteLock } from "@/faults/lock";
import { db, LOCK_WAIT_MS } from "@/lib/db";
import { databaseFailure } from "@/lib/db/failures";
import { saveEvent } from "@/lib/recruitment/actions";
import { actAs } from "@/test/act-as";

const state = async () => ({ events: await db.recruitmentEvent.count(), audit: await db.auditLog.count() });
const timed = async <T>(run: () => Promise<T>) => {
  const start = performance.now();
  return { result: await run(), took: performance.now() - start };
};
const read = () =>
  db.recruitmentEvent.count().then(
    () => "served",
    (error: unknown) => databaseFailure(error),
  );

describe("a lock held by another connection", () => {
  it("ends waiting saves 'unavailable' and reads within the lock wait, stores nothing, and the pool serves 100 saves after", async () => {
    await actAs("memberA");
    const before = await state();
    const lock = await holdWriteLock(process.env.DATABASE_URL!);
    const saves = Promise.all([1, 2, 3].map((n) => timed(() => saveEvent(event(`lock-wait-refused-${n}`)))));
    const reads = Promise.all(Array.from({ length: 20 }, () => timed(read)));
    const [refused, served] = await Promise.all([saves, reads]).finally(() => lock.release());
    for (const { result, took } of refused) {
      expect(result).toEqual({ ok: false, error: "unavailable" });
      expect(took).toBeLessThan(LOCK_WAIT_MS + 5_000);
    }
    for (const { result, took } of served) {
      expect(["served", "unavailable"]).toContain(result);
      expect(took).toBeLessThan(LOCK_WAIT_MS + 5_000);
    }
    expect(Math.max(...[...refused, ...served].map((r) => r.took))).toBeGreaterThan(LOCK_WAIT_MS - 1_000); // the lock was waited for
    expect(await state()).toEqual(before);

    const lanes = await Promise.all(
      Array.from({ length: 20 }, async (_, lane) => {
        const results = [];
        for (let i = 0; i < 5; i++) results.push(await saveEvent(event(`lock-wait-after-${lane}-${i}`)));
        return results;
      }),
    );
    expect(lanes.flat().filter((r) => !r.ok)).toEqual([]);
    expect(await state()).toEqual({ events: before.events + 100, audit: before.audit + 100 });
  });
});
