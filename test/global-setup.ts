// Once per run and database: a migrated template database with the demo data, copied for every test file.
import os from "node:os";
import path from "node:path";
import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { createDb } from "../lib/db";
import { migrate } from "../lib/db/migrate";
import { seedDemo } from "../prisma/seed";
import { asOf, demoLoadedAt } from "../prisma/seed/as-of";
import { APP_CLOCK_START } from "../e2e/clock";
import { pgAdmin, pgUrl, uniqueName } from "./databases";

export default async function setup(project: TestProject) {
  const provider = project.config.env?.TEST_DB ?? process.env.TEST_DB;
  const name = uniqueName("lk_template");
  const url = provider === "postgresql" ? pgUrl(name) : `file:${path.join(os.tmpdir(), `${name}.db`)}`;
  if (provider === "postgresql") await pgAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  await migrate(url);
  const db = createDb(url);
  // Stamped on the suite's day (test/fixed-date.ts), not the machine's.
  await asOf(demoLoadedAt(APP_CLOCK_START), () => seedDemo(db));
  await db.$disconnect();
  if (provider === "sqlite") {
    // Fold the WAL into the main file so that a plain file copy is a complete database.
    const Database = (await import("better-sqlite3")).default;
    const file = new Database(url.slice(5));
    file.pragma("wal_checkpoint(TRUNCATE)");
    file.pragma("journal_mode = DELETE");
    file.close();
  }
  project.provide("templateDb", provider === "postgresql" ? name : url.slice(5));
  return async () => {
    if (provider === "postgresql") await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    else ["", "-wal", "-shm"].forEach((s) => rmSync(url.slice(5) + s, { force: true }));
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}
