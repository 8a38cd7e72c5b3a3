// A write lock held 30 s by another connection (faults/lock.ts: on SQLite a writer's BEGIN IMMEDIATE, on PostgreSQL
// ACCESS EXCLUSIVE on "RecruitmentEvent") while 20 members log events. Every refused request must be a 503
// "unavailable" within the waits the app sets — one lock wait (LOCK_WAIT_MS), on PostgreSQL after up to
// CONNECTION_WAIT_MS for a pool connection (the requests waiting out the lock hold them all) — plus 4 s for the HTTP
// round trip on a loaded machine: neither a wait for the 30 s statement timeout nor a queue of lock waits. So must a
// page that reads events. Once the lock is released, 100 new events (20 members × 5) must all be stored at the first
// try; every acknowledged event is stored exactly once.
import { CONNECTION_WAIT_MS, createDb, LOCK_WAIT_MS } from "../../lib/db";
import { startApp } from "../app";
import { freshDatabase } from "../databases";
import { holdWriteLock, type HeldLock } from "../lock";
import { logEventsUntil, newTally, postEvent, signedInMembers, storedOnce, type Member } from "../members";
import { errorsSeen, seconds, type Row, type Scenario } from "../table";
import { sleep, waitFor } from "../wait";

const MEMBERS = 20;
const HELD_MS = 30_000;
const RECOVERY_ALLOWED_MS = 5_000;
const EVENTS_AFTER = 5; // per member: 100 in all
const slowestAllowed = (database: Row["database"]) =>
  LOCK_WAIT_MS + (database === "PostgreSQL" ? CONNECTION_WAIT_MS : 0) + 4_000;

/** The events list, read while the lock is held: its status and how long it took. */
async function eventsPage(base: string, member: Member) {
  const start = performance.now();
  const res = await fetch(`${base}/nabor`, {
    headers: { cookie: member.cookie },
    signal: AbortSignal.timeout(HELD_MS),
  }).catch(() => null);
  await res?.text();
  return { status: res?.status ?? "network", ms: performance.now() - start };
}

const scenario: Scenario = {
  name: "lock-wait",
  fault: "Write lock held 30 s by another connection",
  databases: ["SQLite", "PostgreSQL"],
  run: async (database, port) => {
    const url = await freshDatabase(database === "SQLite" ? "sqlite" : "postgresql", "lock-wait");
    const allowedMs = slowestAllowed(database);
    const app = await startApp(port, url);
    let lock: HeldLock | undefined;
    let released = false;
    let writers = Promise.resolve();
    try {
      const members = await signedInMembers(url, app.url, MEMBERS);
      const tally = newTally();
      const failures: string[] = [];
      lock = await holdWriteLock(url);
      const locked = performance.now();
      const giveUp = () => performance.now() - locked > 2 * HELD_MS;
      writers = logEventsUntil(app.url, members, tally, () => released, giveUp, 250, 2 * allowedMs);
      const page = eventsPage(app.url, members[0]);
      await sleep(HELD_MS);
      const refusedWhileLocked = tally.statuses.get(503) ?? 0;
      const storedWhileLocked = tally.acknowledged.size;
      await lock.release();
      lock = undefined;
      released = true;
      const freed = performance.now();
      const recovery = await waitFor(
        "an event stored after the release",
        30_000,
        () => tally.acknowledged.size > storedWhileLocked,
        20,
      );
      await writers;
      const run = Date.now().toString(36);
      const after = await Promise.all(
        members.map(async (member, n) => {
          const statuses = [];
          for (let i = 0; i < EVENTS_AFTER; i++)
            statuses.push(await postEvent(app.url, member, `fault-after-${run}-${n}-${i}`, tally));
          return statuses;
        }),
      );
      const afterStored = after.flat().filter((s) => s === 201).length;

      const db = createDb(url);
      const stored = await storedOnce(db, tally).finally(() => db.$disconnect());
      const { status: pageStatus, ms: pageMs } = await page;
      if (!refusedWhileLocked) failures.push("no request was refused while the lock was held");
      if (storedWhileLocked) failures.push(`${storedWhileLocked} events stored past the lock`);
      for (const [status, n] of tally.statuses) if (status !== 201 && status !== 503) failures.push(`${status} × ${n}`);
      if (tally.messages.has(503) && tally.messages.get(503) !== "unavailable")
        failures.push(`503 said ${tally.messages.get(503)}`);
      if (tally.slowest > allowedMs) failures.push(`a request took ${seconds(tally.slowest)}`);
      if (pageMs > allowedMs) failures.push(`the events page took ${seconds(pageMs)} under the lock`);
      if (recovery > RECOVERY_ALLOWED_MS) failures.push(`first event stored ${seconds(recovery)} after the release`);
      if (afterStored !== MEMBERS * EVENTS_AFTER)
        failures.push(`${afterStored} of ${MEMBERS * EVENTS_AFTER} events stored after the release`);
      if (stored.lost || stored.doubled) failures.push(`lost ${stored.lost}, doubled ${stored.doubled}`);
      if (app.process.exitCode !== null || app.process.signalCode !== null) failures.push("the app exited");
      return {
        fault: scenario.fault,
        database,
        requests: tally.requests,
        acknowledged: tally.acknowledged.size,
        stored: stored.stored,
        errorsSeen:
          `${errorsSeen(tally.statuses, tally.messages)}; longest request ${seconds(tally.slowest)} (allowed ${seconds(allowedMs)}); ` +
          `events page under the lock: ${pageStatus} in ${seconds(pageMs)}`,
        recovery:
          `first event stored ${seconds(recovery)} after the release (${seconds(freed - locked)} held); ` +
          `${afterStored}/${MEMBERS * EVENTS_AFTER} new events stored at the first try`,
        failures,
      };
    } finally {
      released = true; // a member still retrying meets the stopped app and gives up, not the next scenario's app
      await lock?.release();
      await app.stop();
      await writers;
    }
  },
};

export default scenario;
