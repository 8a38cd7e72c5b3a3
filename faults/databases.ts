// A fresh database with the demo data for one scenario: a SQLite file under data/faults/, or a database on the
// PostgreSQL server at `pgAdminUrl` (the local one unless the scenario brings its own server).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export type Provider = "sqlite" | "postgresql";
export const LOCAL_PG = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function seed(url: string): void {
  execFileSync("npx", ["tsx", "scripts/seed.ts"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
}

export function sqliteFile(name: string, dir = "data/faults"): string {
  mkdirSync(dir, { recursive: true });
  const file = path.resolve(dir, `${name}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  return file;
}

export async function pgDatabase(name: string, adminUrl = LOCAL_PG): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A seeded database for `scenario` on `provider`; returns its DATABASE_URL. */
export async function freshDatabase(provider: Provider, scenario: string, pgAdminUrl = LOCAL_PG): Promise<string> {
  const url =
    provider === "sqlite"
      ? `file:${sqliteFile(scenario)}`
      : await pgDatabase(`lk_fault_${scenario.replace(/\W/g, "_")}`, pgAdminUrl);
  seed(url);
  return url;
}
