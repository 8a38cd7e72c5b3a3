// The project's migration runner: applies prisma/migrations/<provider>/* in name order, each in a transaction,
// records name + checksum in "_app_migrations", and refuses to start when an applied migration file was changed.
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { listMigrations, type Migration } from "./migrations";
import { providerOf } from "./schema-source";
import { sqlitePath } from "./url";

const TABLE = `CREATE TABLE IF NOT EXISTS "_app_migrations" (
  "name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "applied_at" TEXT NOT NULL)`;

export class MigrationChangedError extends Error {}

function pending(all: Migration[], applied: Map<string, string>): Migration[] {
  for (const m of all) {
    const checksum = applied.get(m.name);
    if (checksum && checksum !== m.checksum) {
      throw new MigrationChangedError(
        `Migration ${m.name} was changed after it had been applied; add a new migration instead.`,
      );
    }
  }
  return all.filter((m) => !applied.has(m.name));
}

function migrateSqlite(url: string, migrations: Migration[]): string[] {
  const file = sqlitePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.exec(TABLE);
    const rows = db.prepare(`SELECT name, checksum FROM "_app_migrations"`).all() as {
      name: string;
      checksum: string;
    }[];
    const todo = pending(migrations, new Map(rows.map((r) => [r.name, r.checksum])));
    const record = db.prepare(`INSERT INTO "_app_migrations" (name, checksum, applied_at) VALUES (?, ?, ?)`);
    // Table redefinitions need foreign keys off, which SQLite ignores inside a transaction: switch them off around
    // each migration and check the references before switching them back on.
    for (const m of todo) {
      db.pragma("foreign_keys = OFF");
      try {
        db.transaction(() => {
          db.exec(m.sql);
          const broken = db.pragma("foreign_key_check") as unknown[];
          if (broken.length) throw new Error(`Migration ${m.name} leaves ${broken.length} broken references.`);
          record.run(m.name, m.checksum, new Date().toISOString());
        })();
      } finally {
        db.pragma("foreign_keys = ON");
      }
    }
    return todo.map((m) => m.name);
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Several app instances may start at once: one migrates, the others wait.
    await client.query("SELECT pg_advisory_lock(727274)");
    await client.query(TABLE);
    const { rows } = await client.query<{ name: string; checksum: string }>(
      `SELECT name, checksum FROM "_app_migrations"`,
    );
    const todo = pending(migrations, new Map(rows.map((r) => [r.name, r.checksum])));
    for (const m of todo) {
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(`INSERT INTO "_app_migrations" (name, checksum, applied_at) VALUES ($1, $2, $3)`, [
          m.name,
          m.checksum,
          new Date().toISOString(),
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    }
    return todo.map((m) => m.name);
  } finally {
    await client.query("SELECT pg_advisory_unlock(727274)").catch(() => {});
    await client.end();
  }
}

/** Applies pending migrations to the database at `url`; returns the names applied. */
export async function migrate(url: string, migrations = listMigrations(providerOf(url))): Promise<string[]> {
  return providerOf(url) === "postgresql" ? migratePostgres(url, migrations) : migrateSqlite(url, migrations);
}
