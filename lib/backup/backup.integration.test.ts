import { execFile, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setImmediate } from "node:timers/promises";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createDb, db } from "@/lib/db";
import { providerOf } from "@/lib/db/schema-source";
import { sqlitePath } from "@/lib/db/url";
import { reviewEvent, saveEvent } from "@/lib/recruitment/actions";
import { actAs } from "@/test/act-as";
import { pgAdmin, pgUrl, uniqueName } from "@/test/databases";
import { backup, restore } from ".";
import { copyProblems } from "./verify";

const url = () => process.env.DATABASE_URL!;

/** PostgreSQL backups need the client tools (pg_dump/pg_restore) of the server's major version or newer: a test run
 * on a server started from the npm registry (test/services/postgres.ts) may have none, and then says so. */
async function pgToolsMissing(): Promise<string | null> {
  if (providerOf(url()) !== "postgresql") return null;
  let tools: number;
  try {
    tools = Number(/(\d+)/.exec(execFileSync("pg_dump", ["--version"], { encoding: "utf8" }))![1]);
  } catch {
    return "pg_dump is not installed";
  }
  const [{ v }] = await db.$queryRawUnsafe<{ v: string }[]>("SELECT current_setting('server_version_num') AS v");
  const server = Math.floor(Number(v) / 10000);
  return tools < server ? `pg_dump ${tools} cannot dump a PostgreSQL ${server} server` : null;
}
const missing = await pgToolsMissing();
if (missing) console.warn(`backup round trip skipped on PostgreSQL: ${missing}`);

/** Row count and a hash of every row of every table, in a stable order. */
async function digest(): Promise<Record<string, { rows: number; hash: string }>> {
  const pg = providerOf(url()) === "postgresql";
  const tables = pg
    ? await db.$queryRawUnsafe<{ name: string }[]>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
      )
    : await db.$queryRawUnsafe<{ name: string }[]>(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1`,
      );
  const result: Record<string, { rows: number; hash: string }> = {};
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`);
    const lines = rows
      .map((r) =>
        JSON.stringify(r, (_k, v) =>
          typeof v === "bigint" ? v.toString() : v instanceof Uint8Array ? Buffer.from(v).toString("base64") : v,
        ),
      )
      .sort();
    result[name] = { rows: rows.length, hash: createHash("sha256").update(lines.join("\n")).digest("hex") };
  }
  return result;
}

const provider = () => providerOf(url());
const backupFile = () =>
  path.join(mkdtempSync(path.join(os.tmpdir(), "lk-backup-")), provider() === "postgresql" ? "b.dump" : "b.db");

/** An empty database to restore into: a new file, or a new database on the same server. */
async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<unknown> }> {
  if (provider() === "sqlite") return { url: `file:${backupFile()}`, drop: async () => {} };
  const name = uniqueName("lk_restore");
  await pgAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  return { url: pgUrl(name), drop: () => pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)) };
}

/** SQLite: WAL, as the migrator leaves a production database (the test template is in rollback mode for plain
 * copies), and no automatic checkpoint, so that what the test writes stays in the WAL. */
async function walWithoutCheckpoints() {
  if (provider() !== "sqlite") return;
  expect(await db.$queryRawUnsafe("PRAGMA journal_mode = WAL")).toEqual([{ journal_mode: "wal" }]);
  await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0");
}

describe("backup and restore", () => {
  it.skipIf(missing !== null)(
    "restores every table exactly as it was backed up (SQLite: over a stale WAL)",
    async () => {
      await walWithoutCheckpoints();
      const file = backupFile();
      await db.attachment.create({
        data: {
          fileName: "a.pdf",
          mimeType: "application/pdf",
          size: 4,
          sha256: "x",
          content: new Uint8Array([37, 80, 68, 70]),
        },
      });
      const before = await digest();
      expect(Object.keys(before).length).toBeGreaterThan(30);
      await backup(url(), file);

      await db.measure.update({ where: { id: "plan-2019-2023-a1-g1-m1" }, data: { title: "Změněno po záloze" } });
      await db.recruitmentEvent.deleteMany({ where: { programmeId: "prog-ka2d" } });
      await db.loginAttempt.create({ data: { key: "x|y", success: false } });
      expect(await digest()).not.toEqual(before);

      // The changes since the backup, left in a WAL as by an instance that crashed: restored over, they must not return.
      const wal = `${sqlitePath(url())}-wal`;
      const stale = provider() === "sqlite" ? readFileSync(wal) : null;
      await db.$disconnect();
      if (stale) writeFileSync(wal, stale);
      await restore(url(), file);
      expect(await digest()).toEqual(before);
    },
  );

  // The coordinator logs and confirms events in 20 concurrent loops (confirmations move the tallies), while
  // `npm run backup` runs in its own process, as on the server: in this one it would hold up the loops.
  it.skipIf(missing !== null)(
    "a backup taken while 20 writers run restores to a consistent copy",
    async () => {
      await walWithoutCheckpoints(); // a copy that misses the WAL misses the run's events
      await actAs("coordinator");
      const since = new Date();
      const confirmed: string[] = [];
      let stop = false;
      let failure: unknown = null;
      const input = {
        programmeId: "prog-nrp-2024",
        eventTypeId: "TALK",
        title: "Beseda při záloze",
        startDate: "2026-09-10",
        placeId: "5107",
        organisationId: "org-naruc",
        audience: "PUBLIC",
        realisation: "REALISED",
        peopleReached: "12",
        cost: "1 200",
        submit: true,
      } as const;
      const writer = async () => {
        while (!stop) {
          const saved = await saveEvent(input);
          const reviewed = saved.ok ? await reviewEvent({ eventId: saved.data.id, decision: "confirm" }) : saved;
          if (!reviewed.ok) throw new Error(`a writer was refused: ${reviewed.error}`);
          confirmed.push(reviewed.data.id);
          await setImmediate(); // SQLite's driver is synchronous: without this the loops never let timers or I/O run
        }
      };
      const writers = Promise.all(Array.from({ length: 20 }, writer)).catch((error: unknown) => {
        failure = error;
        stop = true;
      });
      const until = async (n: number) => {
        while (confirmed.length < n && !failure) await new Promise((r) => setTimeout(r, 20));
      };
      await until(40);
      const beforeBackup = [...confirmed];
      const file = backupFile();
      await promisify(execFile)("npx", ["tsx", "scripts/backup.ts", file], {
        env: { ...process.env, DATABASE_URL: url() },
      });
      await until(confirmed.length + 40); // events the copy cannot hold
      stop = true;
      await writers;
      expect(failure).toBeNull();

      const target = await emptyDatabase();
      const copy = createDb(target.url); // connects on its first query, after the restore
      try {
        await restore(target.url, file);
        expect(await copyProblems(copy, provider(), since)).toEqual([]);
        if (provider() === "sqlite")
          expect(await copy.$queryRawUnsafe("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
        const held = new Set(
          (await copy.recruitmentEvent.findMany({ where: { createdAt: { gte: since } }, select: { id: true } })).map(
            (e) => e.id,
          ),
        );
        expect(beforeBackup.filter((id) => !held.has(id))).toEqual([]);
        expect(held.size).toBeLessThan(confirmed.length);
        expect(await copyProblems(db, provider(), since)).toEqual([]);
      } finally {
        await copy.$disconnect();
        await target.drop();
      }
    },
    60_000,
  );
});
