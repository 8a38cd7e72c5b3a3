// PostgreSQL restarted: 20 members log events on a private PostgreSQL server, which is stopped (fast shutdown: the
// app's connections are ended), kept down 10 s and started again. While it is down every refused request must be a
// quick 503 "unavailable" and /api/ready must say 503; once it is back the same app process must store events and be
// ready again within 5 s; every acknowledged event is stored exactly once.
import { createDb } from "../../lib/db";
import { embeddedPostgres } from "../../test/services/postgres";
import { startApp } from "../app";
import { freshDatabase } from "../databases";
import { logEventsUntil, newTally, signedInMembers, storedOnce } from "../members";
import { errorsSeen, seconds, type Scenario } from "../table";
import { sleep, waitFor } from "../wait";

const MEMBERS = 20;
const BEFORE_MS = 5_000;
const DOWN_MS = 10_000;
const AFTER_MS = 10_000;
/** The longest a refused request may take, and the longest after the database is back until the app serves again. */
const SLOWEST_ALLOWED_MS = 10_000;
const RECOVERY_ALLOWED_MS = 5_000;

const readyStatus = async (base: string) =>
  (await fetch(`${base}/api/ready`, { signal: AbortSignal.timeout(SLOWEST_ALLOWED_MS) }).catch(() => null))?.status;
/** ms from `since` until `check` holds (polled every `everyMs`). */
const after = (since: number, what: string, check: () => boolean | Promise<boolean>, everyMs: number) =>
  waitFor(what, 30_000, check, everyMs).then(() => performance.now() - since);

const scenario: Scenario = {
  name: "postgres-restart",
  fault: "PostgreSQL restarted (down 10 s)",
  databases: ["PostgreSQL"],
  run: async (database, port) => {
    const server = await embeddedPostgres();
    try {
      const url = await freshDatabase("postgresql", "postgres-restart", server.url);
      const app = await startApp(port, url);
      try {
        const members = await signedInMembers(url, app.url, MEMBERS);
        const tally = newTally();
        let stopped = false;
        const writers = logEventsUntil(
          app.url,
          members,
          tally,
          () => stopped,
          () => stopped,
          250,
          SLOWEST_ALLOWED_MS + 5_000,
        );
        const failures: string[] = [];

        await sleep(BEFORE_MS);
        if (!tally.acknowledged.size) failures.push("no event was stored before the fault");
        await server.stop();
        const down = Date.now();
        const readyWhileDown = new Set<number | undefined>();
        while (Date.now() - down < DOWN_MS) {
          readyWhileDown.add(await readyStatus(app.url));
          await sleep(500);
        }
        const refusedWhileDown = tally.statuses.get(503) ?? 0;
        const acknowledgedAtBack = tally.acknowledged.size;
        await server.start(); // resolves once the server logs "ready to accept connections"
        const back = performance.now();
        const [firstStored, ready] = await Promise.all([
          after(
            back,
            "the first event stored after the restart",
            () => tally.acknowledged.size > acknowledgedAtBack,
            20,
          ),
          after(back, "/api/ready after the restart", async () => (await readyStatus(app.url)) === 200, 50),
        ]);
        await sleep(Math.max(0, AFTER_MS - (performance.now() - back)));
        stopped = true;
        await writers;

        const db = createDb(url);
        const stored = await storedOnce(db, tally).finally(() => db.$disconnect());
        if (!refusedWhileDown) failures.push("no request was refused while PostgreSQL was down");
        for (const [status, n] of tally.statuses)
          if (status !== 201 && status !== 503) failures.push(`${status} × ${n}`);
        if (tally.messages.has(503) && tally.messages.get(503) !== "unavailable")
          failures.push(`503 said ${tally.messages.get(503)}`);
        if (tally.slowest > SLOWEST_ALLOWED_MS) failures.push(`a request took ${seconds(tally.slowest)}`);
        if ([...readyWhileDown].some((s) => s !== 503))
          failures.push(`/api/ready answered ${[...readyWhileDown].join(", ")} while down`);
        if (stored.lost || stored.doubled) failures.push(`lost ${stored.lost}, doubled ${stored.doubled}`);
        if (firstStored > RECOVERY_ALLOWED_MS)
          failures.push(`first event stored ${seconds(firstStored)} after the restart`);
        if (ready > RECOVERY_ALLOWED_MS) failures.push(`ready ${seconds(ready)} after the restart`);
        if (app.process.exitCode !== null || app.process.signalCode !== null) failures.push("the app exited");
        return {
          fault: scenario.fault,
          database,
          requests: tally.requests,
          acknowledged: tally.acknowledged.size,
          stored: stored.stored,
          errorsSeen: errorsSeen(tally.statuses, tally.messages),
          recovery:
            `first event stored ${seconds(firstStored)}, ready ${seconds(ready)} after PostgreSQL accepted connections again` +
            ` (same app process; slowest request ${seconds(tally.slowest)})`,
          failures,
        };
      } finally {
        await app.stop();
      }
    } finally {
      await server.remove();
    }
  },
};

export default scenario;
