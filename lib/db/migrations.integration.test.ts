import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { migrate, MigrationChangedError } from "./migrate";
import { listMigrations } from "./migrations";
import { pendingSchemaSql } from "./schema-engine";
import { PG_ADMIN_URL } from "@/test/databases";
import { providerOf } from "./schema-source";

const url = () => process.env.DATABASE_URL!;
const provider = () => providerOf(url());
const migration = (name: string, sql: string) => ({
  name,
  sql,
  checksum: createHash("sha256").update(sql).digest("hex"),
});
const tableExists = async (table: string) => {
  const rows =
    provider() === "postgresql"
      ? await db.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM information_schema.tables WHERE table_name = $1`, table)
      : await db.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`, table);
  return rows.length > 0;
};

describe("migrations", () => {
  it("match prisma/schema.prisma exactly (no drift)", async () => {
    expect(await pendingSchemaSql(provider(), PG_ADMIN_URL)).toBe("");
  });

  it("are recorded, so a second run applies nothing", async () => {
    expect(listMigrations(provider()).length).toBeGreaterThan(0);
    expect(await migrate(url())).toEqual([]);
  });

  it("refuse to run when an applied migration file was changed", async () => {
    const [first] = listMigrations(provider());
    await expect(migrate(url(), [{ ...first, checksum: "changed" }])).rejects.toBeInstanceOf(MigrationChangedError);
  });

  it("run each migration in a transaction: a failing one leaves nothing behind", async () => {
    const broken = migration(
      "99999999999999_broken",
      `CREATE TABLE "half_done" ("id" INTEGER); SELECT * FROM "no_such_table";`,
    );
    await expect(migrate(url(), [...listMigrations(provider()), broken])).rejects.toThrow();
    expect(await tableExists("half_done")).toBe(false);
    const recorded = await db.$queryRawUnsafe<unknown[]>(
      `SELECT name FROM "_app_migrations" WHERE name = '${broken.name}'`,
    );
    expect(recorded).toHaveLength(0);
  });
});
