// A long writer on another connection, holding the lock an event write needs until released: the lock-wait fault
// (faults/scenarios/4-lock-wait.ts) and its fast twin in the suite (lib/db/lock-wait.integration.test.ts).
// SQLite: BEGIN IMMEDIATE and an update, as an import would — the one writer lock; in WAL mode readers go on.
// PostgreSQL: ACCESS EXCLUSIVE on "RecruitmentEvent", as a schema change or VACUUM FULL during a deploy takes —
// the harshest real lock on that table: it blocks the request's reads of events as well as its insert, so the
// check covers that every lock wait (not only a write's) ends at lock_timeout. A row-level writer would not block
// a new event at all.
import Database from "better-sqlite3";
import pg from "pg";
import { providerOf } from "../lib/db/schema-source";

export type HeldLock = { release: () => Promise<void> };

export async function holdWriteLock(databaseUrl: string): Promise<HeldLock> {
  if (providerOf(databaseUrl) === "postgresql") {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`BEGIN; LOCK TABLE "RecruitmentEvent" IN ACCESS EXCLUSIVE MODE`);
    return { release: async () => void (await client.query("ROLLBACK"), await client.end()) };
  }
  const file = new Database(databaseUrl.replace(/^file:/, ""));
  file.exec(
    `BEGIN IMMEDIATE; UPDATE "RecruitmentEvent" SET "version" = "version" WHERE rowid = (SELECT MIN(rowid) FROM "RecruitmentEvent")`,
  );
  return { release: async () => void (file.exec("ROLLBACK"), file.close()) };
}
