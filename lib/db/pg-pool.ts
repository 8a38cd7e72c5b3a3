// The PostgreSQL pool. When it cannot hand out a connection in time — every connection is busy (requests waiting out
// another connection's lock hold them all) or a new one is not up within connectionTimeoutMillis — pg-pool fails
// with a plain Error of no code, which became an "unexpected" HTTP 500. This pool gives such failures Prisma's code
// for them, P2024 ("timed out fetching a new connection from the connection pool"), so lib/db/failures.ts answers
// "unavailable" (503, try again). Errors that carry a code of their own (ECONNREFUSED, 57P03, …) keep it.
import pg from "pg";

type Done = (release?: unknown) => void;
type Callback = (error: Error | undefined, client: pg.PoolClient | undefined, done: Done) => void;

function coded<E>(error: E): E {
  if (error instanceof Error && !("code" in error)) Object.assign(error, { code: "P2024" });
  return error;
}

export class PgPool extends pg.Pool {
  connect(): Promise<pg.PoolClient>;
  connect(callback: Callback): void;
  // pg-pool's own query() asks for its connection through the callback form, a transaction through the promise.
  connect(callback?: Callback): Promise<pg.PoolClient> | void {
    if (callback) return super.connect((error, client, done) => callback(coded(error), client, done));
    return super.connect().catch((error: unknown) => Promise.reject(coded(error)));
  }
}
