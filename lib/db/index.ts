// The Prisma client for DATABASE_URL: PostgreSQL for postgresql://..., otherwise the embedded SQLite file.
// Both clients come from the same schema; the SQLite client's types serve for both.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PgPrismaClient } from "./generated/postgresql/client";
import { PgClient } from "./pg-client";
import { PgPool } from "./pg-pool";
import { providerOf } from "./schema-source";
import { sqliteAdapter } from "./sqlite-adapter";
import { databaseUrl } from "./url";

export type Db = PrismaClient;
/** The client inside db.$transaction(async (tx) => …). */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** How long a statement waits for a lock held by another connection before the request is refused as
 * "unavailable" (lib/db/failures.ts): SQLite's busy timeout, PostgreSQL's lock_timeout. */
export const LOCK_WAIT_MS = 10_000;

/** PostgreSQL: how long a connection attempt, or a wait for a free pool connection, may take (a database being
 * restarted refuses at once anyway). A request may wait this long for a connection before its lock wait begins. */
export const CONNECTION_WAIT_MS = 5_000;

// PostgreSQL: no statement runs past 30 s (the slowest report takes ~4 s at 100 000 events), and a transaction whose
// client went silent is ended by the server after 60 s instead of holding its locks.
const PG_LIMITS = {
  connectionTimeoutMillis: CONNECTION_WAIT_MS,
  statement_timeout: 30_000,
  lock_timeout: LOCK_WAIT_MS,
  idle_in_transaction_session_timeout: 60_000,
};

export function createDb(url = databaseUrl()): Db {
  if (providerOf(url) === "postgresql") {
    const pool = new PgPool({ connectionString: url, Client: PgClient, ...PG_LIMITS });
    return new PgPrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }) as unknown as Db;
  }
  // A write waits up to LOCK_WAIT_MS for another connection's lock (lib/db/sqlite-adapter.ts), and a transaction as
  // long for its turn on the one connection; WAL is set by the migrator.
  return new PrismaClient({ adapter: sqliteAdapter(url, LOCK_WAIT_MS), transactionOptions: { maxWait: LOCK_WAIT_MS } });
}

const globalForDb = globalThis as unknown as { db?: Db };

/** One client per process (kept across hot reloads in development). */
export const db: Db = (globalForDb.db ??= createDb());
