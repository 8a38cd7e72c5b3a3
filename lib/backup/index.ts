// Backup and restore of the whole database (attachments included, they live in it).
// SQLite: the online backup API (safe while the app runs). PostgreSQL: pg_dump / pg_restore in custom format.
// Restore replaces everything: stop the app instances first.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { providerOf } from "@/lib/db/schema-source";
import { sqlitePath } from "@/lib/db/url";

export async function backup(url: string, file: string): Promise<void> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (providerOf(url) === "postgresql") {
    execFileSync("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, url], { stdio: ["ignore", "ignore", "inherit"] });
    return;
  }
  const db = new Database(sqlitePath(url), { readonly: true });
  try {
    await db.backup(file);
  } finally {
    db.close();
  }
}

export async function restore(url: string, file: string): Promise<void> {
  if (providerOf(url) === "postgresql") {
    execFileSync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", `--dbname=${url}`, file], { stdio: ["ignore", "ignore", "inherit"] });
    return;
  }
  const target = sqlitePath(url);
  const source = new Database(file, { readonly: true });
  try {
    for (const suffix of ["-wal", "-shm"]) rmSync(target + suffix, { force: true });
    await source.backup(target);
  } finally {
    source.close();
  }
}
