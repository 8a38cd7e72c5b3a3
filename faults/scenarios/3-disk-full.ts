// The SQLite file's disk full: the database lives on a 64 MB tmpfs (needs root to mount); while 20 members log events a
// filler file takes all but a few KB, for 10 s, then is removed and they go on 5 s. While full, a refused request
// must be a quick 507 "storageFull" (or 503 "unavailable") with its Czech message — never a 500 or a hang; once the
// filler is gone the same app process must store events again; every acknowledged event is stored exactly once, and
// after the app has stopped PRAGMA integrity_check says ok.
import { execFileSync } from "node:child_process";
import { closeSync, ftruncateSync, fstatSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb } from "../../lib/db";
import { startApp } from "../app";
import { seed, sqliteFile } from "../databases";
import { logEventsUntil, newTally, signedInMembers, storedOnce } from "../members";
import { errorsSeen, seconds, type Row, type Scenario } from "../table";
import { sleep, waitFor } from "../wait";

const MEMBERS = 20;
const FULL_MS = 10_000;
const AFTER_MS = 5_000;
const LEFT_BYTES = 8 * 1024;
const SLOWEST_ALLOWED_MS = 5_000;
const RECOVERY_ALLOWED_MS = 5_000;
/** What each refused status must say, and the Czech message the app shows for it. */
const REFUSALS = new Map([
  [507, "storageFull"],
  [503, "unavailable"],
]);
const czech = (JSON.parse(readFileSync("messages/cs/common.json", "utf8")) as { errors: Record<string, string> })
  .errors;

/** Fills the disk to the last byte (the database keeps growing meanwhile), then gives back `LEFT_BYTES`. */
function fillDisk(file: string): void {
  const fd = openSync(file, "w");
  const chunk = Buffer.alloc(1 << 20);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
  }
  ftruncateSync(fd, fstatSync(fd).size - LEFT_BYTES);
  closeSync(fd);
}

/** Unmounts once the app's server process has let go of the database (it may outlive `npx` by a moment). */
const unmount = (dir: string) =>
  waitFor(
    `${dir} to unmount`,
    15_000,
    () => {
      try {
        execFileSync("umount", [dir], { stdio: "ignore" });
        return true;
      } catch {
        return false;
      }
    },
    250,
  );

async function onFullDisk(database: Row["database"], port: number, dir: string): Promise<Row> {
  const url = `file:${sqliteFile("disk-full", dir)}`;
  seed(url);
  const app = await startApp(port, url);
  let stopped = false;
  let writers = Promise.resolve();
  try {
    const members = await signedInMembers(url, app.url, MEMBERS);
    const tally = newTally();
    const failures: string[] = [];
    writers = logEventsUntil(
      app.url,
      members,
      tally,
      () => stopped,
      () => stopped,
      250,
      2 * SLOWEST_ALLOWED_MS,
    );
    await waitFor("events stored before the fault", 30_000, () => tally.acknowledged.size >= MEMBERS);
    const filler = path.join(dir, "filler");
    fillDisk(filler);
    await sleep(FULL_MS);
    const refusedWhileFull = (tally.statuses.get(507) ?? 0) + (tally.statuses.get(503) ?? 0);
    const storedWhileFull = tally.acknowledged.size;
    rmSync(filler);
    const freed = performance.now();
    const recovery = await waitFor(
      "an event stored after the filler is gone",
      30_000,
      () => tally.acknowledged.size > storedWhileFull,
      20,
    );
    await sleep(Math.max(0, AFTER_MS - (performance.now() - freed)));
    stopped = true;
    await writers;

    const db = createDb(url);
    const stored = await storedOnce(db, tally).finally(() => db.$disconnect());
    await app.stop();
    const file = new Database(url.slice("file:".length), { readonly: true });
    const integrity = file.pragma("integrity_check", { simple: true });
    file.close();
    if (!refusedWhileFull) failures.push("no request was refused while the disk was full");
    for (const [status, n] of tally.statuses)
      if (status !== 201 && !REFUSALS.has(status as number)) failures.push(`${status} × ${n}`);
    for (const [status, code] of tally.messages) {
      if (REFUSALS.get(status) !== code || !czech[code])
        failures.push(`${status} said ${code}, which has no Czech message`);
    }
    if (tally.slowest > SLOWEST_ALLOWED_MS) failures.push(`a request took ${seconds(tally.slowest)}`);
    if (recovery > RECOVERY_ALLOWED_MS)
      failures.push(`first event stored ${seconds(recovery)} after the space was freed`);
    if (stored.lost || stored.doubled) failures.push(`lost ${stored.lost}, doubled ${stored.doubled}`);
    if (integrity !== "ok") failures.push(`integrity_check: ${integrity}`);
    return {
      fault: scenario.fault,
      database,
      requests: tally.requests,
      acknowledged: tally.acknowledged.size,
      stored: stored.stored,
      errorsSeen: `${errorsSeen(tally.statuses, tally.messages)}; longest request ${seconds(tally.slowest)}`,
      recovery: `first event stored ${seconds(recovery)} after the space was freed (same app process); integrity_check ${integrity}`,
      failures,
    };
  } finally {
    stopped = true; // a member still retrying meets the stopped app and gives up, not the next scenario's app
    await app.stop();
    await writers;
  }
}

const scenario: Scenario = {
  name: "disk-full",
  fault: "SQLite file's disk full 10 s",
  databases: ["SQLite"],
  run: async (database, port) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "lk-disk-full-"));
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=64m", "tmpfs", dir], { stdio: "pipe" });
    } catch (error) {
      rmSync(dir, { recursive: true });
      const reason = (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
      return {
        fault: scenario.fault,
        database,
        requests: 0,
        acknowledged: 0,
        stored: 0,
        errorsSeen: "",
        recovery: "",
        failures: [`cannot mount a tmpfs for the database (needs root): ${reason}`],
      };
    }
    try {
      return await onFullDisk(database, port, dir);
    } finally {
      await unmount(dir);
      rmSync(dir, { recursive: true });
    }
  },
};

export default scenario;
