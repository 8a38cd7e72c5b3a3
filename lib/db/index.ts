// The Prisma client for DATABASE_URL: PostgreSQL for postgresql://..., otherwise the embedded SQLite file.
// Both clients come from the same schema; the SQLite client's types serve for both.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PgPrismaClient } from "./generated/postgresql/client";
import { providerOf } from "./schema-source";
import { databaseUrl } from "./url";

export type Db = PrismaClient;
/** The client inside db.$transaction(async (tx) => …). */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(url = databaseUrl()): Db {
  if (providerOf(url) === "postgresql") {
    return new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  // better-sqlite3 waits up to `timeout` ms for a concurrent writer (busy timeout); WAL is set by the migrator.
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, timeout: 10_000 }) });
}

const globalForDb = globalThis as unknown as { db?: Db };

/** One client per process (kept across hot reloads in development). */
export const db: Db = (globalForDb.db ??= createDb());
