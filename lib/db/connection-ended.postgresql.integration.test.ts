// PostgreSQL restarting ends every connection, also one an interactive transaction holds between two statements;
// pg then fails the transaction's next statement with an error of no code of its own. The action must still answer
// "unavailable" (503, try again), not "unexpected" (500), and the pool must serve the next request.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { waitFor } from "@/faults/wait";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { z } from "@/lib/validation";
import { actAs } from "@/test/act-as";

/** Ends the transaction's connection from another one, as a server shutting down does, once its first statement ran. */
const endedMidTransaction = defineAction("test.connectionEnded", {
  permission: "event.log",
  schema: z.object({}),
  refreshes: [],
  run: async () => {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      return await db.$transaction(async (tx) => {
        const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
        await admin.query("SELECT pg_terminate_backend($1)", [pid]);
        const gone = async () =>
          (await admin.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [pid])).rowCount === 0;
        await waitFor("the connection to end", 5_000, gone);
        return tx.$queryRaw`SELECT 1`;
      });
    } finally {
      await admin.end();
    }
  },
});

describe("a connection the server ends inside a transaction", () => {
  it("answers 'unavailable', and the next query is served", async () => {
    await actAs("memberA");
    expect(await endedMidTransaction({})).toEqual({ ok: false, error: "unavailable" });
    expect(await db.$queryRaw<{ one: number }[]>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });
});
