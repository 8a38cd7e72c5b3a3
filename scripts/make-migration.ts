// npm run db:migration -- <name>: writes the SQL that brings the committed migrations up to prisma/schema.prisma,
// for SQLite and for PostgreSQL (the PostgreSQL diff needs a running server: MIGRATION_PG_URL or the local one).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pendingSchemaSql } from "../lib/db/schema-engine";
import { migrationsDir } from "../lib/db/migrations";
import { PROVIDERS } from "../lib/db/schema-source";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration -- <name>");
  process.exit(1);
}
const pgUrl = process.env.MIGRATION_PG_URL; // a server where a scratch database may be created
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

for (const provider of PROVIDERS) {
  const sql = await pendingSchemaSql(provider, pgUrl);
  if (!sql) {
    console.log(`${provider}: the migrations already match the schema.`);
    continue;
  }
  const dir = path.join(migrationsDir(provider), `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql + "\n");
  console.log(`${provider}: wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}
