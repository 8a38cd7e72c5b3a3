import { describe, expect, it } from "vitest";
import { createDb, db } from "@/lib/db";
import { listMigrations } from "@/lib/db/migrations";
import { currentProvider } from "@/lib/db/url";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { readiness } from "./readiness";

const inBuild = listMigrations(currentProvider());

describe("health and readiness", () => {
  it("health answers without touching the database; ready answers 200 on a migrated database", async () => {
    const alive = health();
    expect(alive.status).toBe(200);
    expect(await alive.json()).toEqual({ status: "ok" });
    const answer = await ready(new Request("http://localhost/api/ready"));
    expect(answer.status).toBe(200);
    expect(answer.headers.get("Cache-Control")).toBe("no-store");
    expect(await answer.json()).toEqual({ status: "ready" });
  });

  it("is not ready while a migration of the build is not applied, or an applied one was changed", async () => {
    const extra = { name: "29991231000000_future", sql: "", checksum: "x" };
    expect(await readiness(db, [...inBuild, extra])).toEqual({ ready: false, reason: "migrations_pending", count: 1 });
    const changed = inBuild.map((m, i) => (i === 0 ? { ...m, checksum: "edited" } : m));
    expect(await readiness(db, changed)).toEqual({ ready: false, reason: "migration_changed" });
  });

  it("is not ready, quickly, when the database does not answer", async () => {
    const unreachable = createDb(
      currentProvider() === "postgresql" ? "postgresql://postgres@127.0.0.1:1/none" : "file:/nonexistent-dir/none.db",
    );
    const started = Date.now();
    expect(await readiness(unreachable, inBuild)).toEqual({ ready: false, reason: "database_unreachable" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
