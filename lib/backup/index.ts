// Backup and restore of the whole database (attachments included, they live in it), safe while the app runs.
// SQLite: VACUUM INTO, one read transaction, so the copy is a single snapshot and WAL writers go on meanwhile (the
// online backup API restarts whenever another connection writes: at 100 MB and one write every 200 ms it never
// finished). PostgreSQL: pg_dump / pg_restore in custom format (pg_dump reads one snapshot too; its locks hold off
// migrations meanwhile).
// A backup is written under a temporary name and renamed when complete. Restore replaces everything: stop the app
// instances first.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { providerOf } from "@/lib/db/schema-source";
import { sqlitePath } from "@/lib/db/url";

const run = promisify(execFile);
const removeWithWal = (file: string) =>
  ["", "-wal", "-shm"].forEach((suffix) => rmSync(file + suffix, { force: true }));

export async function backup(url: string, file: string): Promise<void> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  removeWithWal(partial);
  if (providerOf(url) === "postgresql") {
    // Light compression: attachments (PDFs, images) are compressed already; at the default level a 100 MB database of
    // them took 8 s on an idle 2-core machine, at level 1 2.9 s for the same size (level 0 doubles it: bytea as hex).
    await run("pg_dump", ["--format=custom", "--compress=1", "--no-owner", `--file=${partial}`, url]);
  } else {
    const db = new Database(sqlitePath(url), { readonly: true, fileMustExist: true });
    try {
      db.prepare("VACUUM INTO ?").run(partial);
    } finally {
      db.close();
    }
  }
  renameSync(partial, file);
}

/** SQLite: the backup is checked and switched to WAL under a temporary name next to the database, then renamed over
 * it, stale -wal/-shm removed first (SQLite would replay an old WAL into the restored file). A damaged backup leaves
 * the database as it was. */
export async function restore(url: string, file: string): Promise<void> {
  if (providerOf(url) === "postgresql") {
    await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", `--dbname=${url}`, file]);
    return;
  }
  const target = sqlitePath(url);
  const staged = `${target}.restoring`;
  removeWithWal(staged);
  copyFileSync(file, staged);
  try {
    const db = new Database(staged, { fileMustExist: true });
    try {
      const check = db.pragma("integrity_check", { simple: true });
      if (check !== "ok") throw new Error(`${file} fails SQLite's integrity check: ${String(check)}`);
      db.pragma("journal_mode = WAL");
    } finally {
      db.close();
    }
    for (const suffix of ["-wal", "-shm"]) rmSync(target + suffix, { force: true });
    renameSync(staged, target);
  } finally {
    removeWithWal(staged);
  }
}
