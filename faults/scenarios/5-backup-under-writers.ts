// A backup taken while 20 members log events and a coordinator confirms them in bulk on the review queue page, in a
// browser (confirmations move the tallies), on a database grown to ~100 MB by attachments. `npm run backup` runs as the nightly timer runs it; then the writers stop,
// `npm run restore` puts the backup into a new database, and the copy must be consistent (lib/backup/verify.ts:
// integrity, tallies equal to their recompute, each new event with its audit entries), hold every event acknowledged
// before the backup began, and serve: the app must start on it. No writer may see an error during the backup.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync, statSync } from "node:fs";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { copyProblems } from "../../lib/backup/verify";
import { createDb } from "../../lib/db";
import { startApp } from "../app";
import { signedInPage } from "../browser";
import { freshDatabase, pgDatabase, sqliteFile } from "../databases";
import { logEventsUntil, newTally, signedInMembers, storedOnce } from "../members";
import { errorsSeen, seconds, type Scenario } from "../table";
import { sleep, waitFor } from "../wait";

const MEMBERS = 20;
const BALLAST_MB = 100;
const BEFORE_EVENTS = 200;
const BACKUP_ALLOWED_MS = 60_000;

/** `npx tsx <script>` on `url`; its wall time (process start included) and its output. */
async function script(file: string, url: string, arg: string) {
  const started = performance.now();
  const { stdout } = await promisify(execFile)("npx", ["tsx", file, arg], {
    env: { ...process.env, DATABASE_URL: url },
    timeout: BACKUP_ALLOWED_MS,
  });
  return { ms: performance.now() - started, said: stdout.trim() };
}

/** The coordinator selects every event waiting on the review queue and confirms them at once, round after round;
 * counts the clicks on "Potvrdit vybrané" and the rounds that ended with the page saying they were confirmed. */
async function confirmInBulk(page: Page, base: string, stop: () => boolean, rounds: { clicked: number; done: number }) {
  while (!stop()) {
    await page.goto(`${base}/nabor/ke-schvaleni`);
    const all = page.getByLabel(/^Vybrat vše/);
    if (!(await all.count())) {
      // the queue is empty: no bulk section
      await sleep(200);
      continue;
    }
    await all.check();
    await page.getByRole("button", { name: /^Potvrdit vybrané/ }).click();
    rounds.clicked++;
    const said = page.getByTestId("queue-status").filter({ hasText: /^Potvrzen/ });
    // The section's own alert (a refusal), not Next's route announcer, which has role="alert" too.
    await said
      .or(page.getByRole("region", { name: "Hromadné potvrzení" }).getByRole("alert"))
      .first()
      .waitFor();
    if (await said.isVisible()) rounds.done++;
  }
}

const scenario: Scenario = {
  name: "backup-under-writers",
  fault: `Backup taken while 20 members write (${BALLAST_MB} MB database)`,
  databases: ["SQLite", "PostgreSQL"],
  run: async (database, port) => {
    const provider = database === "SQLite" ? "sqlite" : "postgresql";
    const url = await freshDatabase(provider, "backup-under-writers");
    const live = createDb(url);
    const chunk = randomBytes(1 << 20); // random, so pg_dump's compression cannot shrink it
    for (let i = 0; i < BALLAST_MB; i++) {
      await live.attachment.create({
        data: {
          fileName: `priloha-${i}.pdf`,
          mimeType: "application/pdf",
          size: chunk.length,
          sha256: "-",
          content: chunk,
        },
      });
    }
    const file = `data/faults/backup-under-writers-backup.${provider === "sqlite" ? "db" : "dump"}`;
    rmSync(file, { force: true });
    const failures: string[] = [];
    let app = await startApp(port, url);
    try {
      const members = await signedInMembers(url, app.url, MEMBERS);
      const [coordinator] = await signedInMembers(url, app.url, 1, "COORDINATOR");
      const browser = await signedInPage(app.url, coordinator.cookie);
      const rounds = { clicked: 0, done: 0 };
      const tally = newTally();
      const since = new Date();
      let stopped = false;
      const writers = Promise.all([
        logEventsUntil(app.url, members, tally, () => stopped),
        confirmInBulk(browser.page, app.url, () => stopped, rounds),
      ]).finally(() => browser.close());
      await waitFor(`${BEFORE_EVENTS} events acknowledged`, 60_000, () => tally.acknowledged.size >= BEFORE_EVENTS);
      const clicked = rounds.clicked; // the backup starts as the coordinator confirms the next batch
      await waitFor("the coordinator's next bulk confirmation", 60_000, () => rounds.clicked > clicked, 10);
      const before = {
        rounds: rounds.done,
        requests: tally.requests,
        ids: new Set(tally.acknowledged.values()),
        statuses: new Map(tally.statuses),
      };
      const made = await script("scripts/backup.ts", url, file).catch((error: Error) => ({
        ms: NaN,
        said: error.message,
      }));
      const during = {
        rounds: rounds.done - before.rounds,
        requests: tally.requests - before.requests,
        acknowledged: tally.acknowledged.size - before.ids.size,
        statuses: new Map(
          [...tally.statuses].map(([s, n]) => [s, n - (before.statuses.get(s) ?? 0)] as const).filter(([, n]) => n),
        ),
      };
      stopped = true;
      await writers;
      await app.stop();
      if (Number.isNaN(made.ms)) throw new Error(`backup failed: ${made.said}`);

      const copyUrl =
        provider === "sqlite"
          ? `file:${sqliteFile("backup-under-writers-copy")}`
          : await pgDatabase("lk_fault_backup_under_writers_copy");
      const restored = await script("scripts/restore.ts", copyUrl, file);
      const copy = createDb(copyUrl);
      const held = new Set(
        (await copy.recruitmentEvent.findMany({ where: { createdAt: { gte: since } }, select: { id: true } })).map(
          (e) => e.id,
        ),
      );
      failures.push(...(await copyProblems(copy, provider, since)).map((p) => `copy: ${p}`));
      await copy.$disconnect();
      const missing = [...before.ids].filter((id) => !held.has(id)).length;
      if (missing) failures.push(`${missing} events acknowledged before the backup are not in the copy`);
      if (!during.requests) failures.push("no request was made during the backup");
      for (const [status, n] of during.statuses)
        if (status !== 201) failures.push(`${status} × ${n} during the backup`);
      const stored = await storedOnce(live, tally);
      if (stored.lost || stored.doubled) failures.push(`live: lost ${stored.lost}, doubled ${stored.doubled}`);
      failures.push(...(await copyProblems(live, provider, since)).map((p) => `live: ${p}`));

      app = await startApp(port, copyUrl); // throws unless /api/ready answers 200 on the copy
      const mb = (statSync(file).size / 1e6).toFixed(0);
      return {
        fault: scenario.fault,
        database,
        requests: during.requests,
        acknowledged: during.acknowledged,
        stored: stored.stored,
        errorsSeen: errorsSeen(during.statuses, tally.messages),
        recovery:
          `npm run backup ${seconds(made.ms)} (${mb} MB file), npm run restore ${seconds(restored.ms)} (both with ~1 s tsx start);` +
          ` backup started as a bulk confirmation was sent, ${during.rounds} completed during it (${rounds.done} in all);` +
          ` copy holds ${held.size} of ${stored.stored} events, all ${before.ids.size} acknowledged before the backup; app ready on it`,
        failures,
      };
    } finally {
      await live.$disconnect();
      await app.stop();
    }
  },
};

export default scenario;
