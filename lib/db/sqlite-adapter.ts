// The SQLite driver adapter, waiting for another connection's lock without stopping the process. better-sqlite3 is
// synchronous: its busy timeout sleeps inside the event loop, so one write waiting for a lock held elsewhere (a
// script, a backup, a second instance) froze the whole instance — every request, /api/health — and writes queued
// behind it waited one after another (three saves behind a held lock ended after 12, 22 and 32 s). Here SQLite
// answers "busy" at once and the wait is a timer: a transaction begins IMMEDIATE (the write lock before its first
// read, so trying again is always safe) and a statement outside a transaction is tried again, until `lockWaitMs`;
// then the busy error stands and the request is answered "unavailable" (lib/db/failures.ts).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { databaseFailure } from "./failures";

async function whenFree<T>(attempt: () => Promise<T>, lockWaitMs: number): Promise<T> {
  const deadline = Date.now() + lockWaitMs;
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      return await attempt();
    } catch (error) {
      // A busy statement did nothing (outside a transaction, or as the transaction's BEGIN), so it may run again.
      if (databaseFailure(error) !== "unavailable" || Date.now() + pause > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

function patient(adapter: SqlDriverAdapter, lockWaitMs: number): SqlDriverAdapter {
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  return Object.assign(adapter, {
    queryRaw: (query: SqlQuery) => whenFree(() => queryRaw(query), lockWaitMs),
    executeRaw: (query: SqlQuery) => whenFree(() => executeRaw(query), lockWaitMs),
    startTransaction: async (...args: Parameters<SqlDriverAdapter["startTransaction"]>) => {
      // The adapter's own BEGIN is deferred (it takes no lock, so it never waits): replaced by BEGIN IMMEDIATE.
      const transaction = await startTransaction(...args);
      try {
        await transaction.executeRaw(statement("ROLLBACK"));
        await whenFree(() => transaction.executeRaw(statement("BEGIN IMMEDIATE")), lockWaitMs);
        return transaction;
      } catch (error) {
        await transaction.rollback(); // frees the connection for the next transaction; nothing was begun
        throw error;
      }
    },
  });
}

export function sqliteAdapter(url: string, lockWaitMs: number): SqlDriverAdapterFactory {
  const factory = new PrismaBetterSqlite3({ url, timeout: 0 });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patient(await factory.connect(), lockWaitMs),
  };
}
