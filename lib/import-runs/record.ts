import "server-only";
// The record of every applied import (ImportRun): RUNNING committed before the import's transaction, APPLIED with
// its counts inside it (so committed with the rows or not at all), FAILED when the transaction fails. A process
// killed inside the transaction leaves its run RUNNING; the next process on the same host and port marks it.
import os from "node:os";
import { db, type Db } from "@/lib/db";
import type { ImportKind } from "@/lib/db/generated/sqlite/enums";
import { logger } from "@/lib/log/logger";

export type RunStart = { kind: ImportKind; userId: string; fileName: string; sha256: string; rowCount: number };
export type RunCounts = { created: number; updated: number };

/** host:port: only one process at a time listens there, so a run it left RUNNING is one a restart cut short. */
export const thisInstance = () => `${os.hostname()}:${process.env.PORT}`;

export async function startRun(run: RunStart): Promise<string> {
  return (await db.importRun.create({ data: { ...run, instance: thisInstance() }, select: { id: true } })).id;
}

/** `client` is the import's transaction for APPLIED (and for a refusal found inside it), `db` after it failed. */
export async function endRun(
  client: Pick<Db, "importRun">,
  id: string,
  status: "APPLIED" | "FAILED",
  counts?: RunCounts,
) {
  await client.importRun.update({ where: { id }, data: { status, ...counts, finishedAt: new Date() } });
}

/** At start-up: this instance's runs still RUNNING were cut short by the end of the process before it. */
export async function markInterrupted(instance = thisInstance()): Promise<number> {
  const { count } = await db.importRun.updateMany({
    where: { instance, status: "RUNNING" },
    data: { status: "INTERRUPTED", finishedAt: new Date() },
  });
  return count;
}

/** The start-up step (instrumentation.ts); a database that is not there yet only delays the notice to the time rule. */
export async function markInterruptedAtStart(): Promise<void> {
  try {
    const count = await markInterrupted();
    if (count > 0) logger.warn({ count, instance: thisInstance() }, "import runs: marked interrupted by the restart");
  } catch (error) {
    logger.error({ err: error }, "import runs: marking the interrupted runs failed");
  }
}
