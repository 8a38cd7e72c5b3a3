import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { providerOf } from "@/lib/db/schema-source";
import { backup, restore } from ".";

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
    ? await db.$queryRawUnsafe<{ name: string }[]>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)
    : await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1`);
  const result: Record<string, { rows: number; hash: string }> = {};
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`);
    const lines = rows.map((r) => JSON.stringify(r, (_k, v) => (typeof v === "bigint" ? v.toString() : v instanceof Uint8Array ? Buffer.from(v).toString("base64") : v))).sort();
    result[name] = { rows: rows.length, hash: createHash("sha256").update(lines.join("\n")).digest("hex") };
  }
  return result;
}

describe("backup and restore", () => {
  it.skipIf(missing !== null)("restores every table exactly as it was backed up", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "lk-backup-")), providerOf(url()) === "postgresql" ? "b.dump" : "b.db");
    await db.attachment.create({ data: { fileName: "a.pdf", mimeType: "application/pdf", size: 4, sha256: "x", content: new Uint8Array([37, 80, 68, 70]) } });
    const before = await digest();
    expect(Object.keys(before).length).toBeGreaterThan(30);
    await backup(url(), file);

    await db.measure.update({ where: { id: "plan-2019-2023-a1-g1-m1" }, data: { title: "Změněno po záloze" } });
    await db.recruitmentEvent.deleteMany({ where: { programmeId: "prog-ka2d" } });
    await db.loginAttempt.create({ data: { key: "x|y", success: false } });
    expect(await digest()).not.toEqual(before);

    await db.$disconnect();
    await restore(url(), file);
    expect(await digest()).toEqual(before);
  });
});
