// Reads the committed SQL migrations: prisma/migrations/<provider>/<timestamp>_<name>/migration.sql.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Provider } from "./schema-source";

export type Migration = { name: string; sql: string; checksum: string };

export function migrationsDir(provider: Provider): string {
  return path.join(process.cwd(), "prisma", "migrations", provider);
}

export function listMigrations(provider: Provider): Migration[] {
  const dir = migrationsDir(provider);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}
