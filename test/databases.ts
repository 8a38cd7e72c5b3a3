// Creates throw-away test databases: a template (migrated + demo data) per run, then one copy per test file.
import { randomUUID } from "node:crypto";
import { copyFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function pgUrl(database: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function pgAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export const uniqueName = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 12)}`;

/** A fresh database copied from the template; returns its URL and a function that removes it. */
export async function copyOfTemplate(
  provider: string,
  template: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (provider === "postgresql") {
    const name = uniqueName("lk_test");
    await pgAdmin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
    return {
      url: pgUrl(name),
      drop: () => pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
    };
  }
  const file = path.join(os.tmpdir(), `${uniqueName("lk_test")}.db`);
  copyFileSync(template, file);
  return {
    url: `file:${file}`,
    drop: async () => ["", "-wal", "-shm"].forEach((s) => rmSync(file + s, { force: true })),
  };
}
