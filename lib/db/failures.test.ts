// The classifier on the error shapes Prisma 7, its driver adapters, pg and Node really give (seen with PostgreSQL
// stopped and started under the app, faults/scenarios/1-postgres-restart.ts), and on errors that are no fault of the
// database: those must stay null, so they are answered as what they are (a conflict, a bug), never as "try again".
import net from "node:net";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { Prisma } from "./generated/postgresql/client";
import { databaseFailure } from "./failures";

type Cause = ConstructorParameters<typeof DriverAdapterError>[0];
const CLIENT = { clientVersion: "7.10.1" };

/** Prisma's error for a failed query: its code, and the adapter's error in meta. */
const known = (code: string, cause: Cause) =>
  new Prisma.PrismaClientKnownRequestError("Invalid invocation", {
    code,
    ...CLIENT,
    meta: { driverAdapterError: new DriverAdapterError(cause) },
  });

/** The adapter's cause for an error the server sent, as printed in the scenario. */
const postgres = (code: string, message: string, severity = "FATAL"): Cause => ({
  originalCode: code,
  originalMessage: message,
  kind: "postgres",
  code,
  severity,
  message,
  detail: undefined,
  column: undefined,
  hint: undefined,
});
const unreachable: Cause = { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 };

/** pg's error for a message from the server, as the driver builds it. */
const serverError = (code: string, message: string) =>
  Object.assign(new pg.DatabaseError(message, 0, "error"), { code, severity: "FATAL" });

/** A real refused connection: a port that was just closed. */
async function refusedConnection(): Promise<Error> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return new Promise((resolve) => net.connect(port, "127.0.0.1").once("error", resolve));
}

describe("databaseFailure: PostgreSQL restarting", () => {
  it("a statement running when the server shuts down (57P01 through Prisma and the adapter)", () => {
    expect(
      databaseFailure(known("P2010", postgres("57P01", "terminating connection due to administrator command"))),
    ).toBe("unavailable");
  });

  it("a server still starting up (57P03) and one in crash recovery (57P02)", () => {
    expect(databaseFailure(known("P2010", postgres("57P03", "the database system is starting up")))).toBe(
      "unavailable",
    );
    const crash = postgres("57P02", "terminating connection because of crash of another server process");
    expect(databaseFailure(known("P2010", crash))).toBe("unavailable");
  });

  it("a query or transaction while the server is down (P1001 / P2010 with DatabaseNotReachable)", () => {
    for (const code of ["P1001", "P2010"]) expect(databaseFailure(known(code, unreachable))).toBe("unavailable");
  });

  it("the adapter's error on its own, not wrapped by Prisma", () => {
    expect(databaseFailure(new DriverAdapterError(unreachable))).toBe("unavailable");
    expect(databaseFailure(new DriverAdapterError({ kind: "ConnectionClosed" }))).toBe("unavailable");
  });

  it("a transaction's next statement on a connection the server ended: pg's code-less error, caused by the 57P01", () => {
    // The cause is set by lib/db/pg-client.ts; Prisma passes the error on with only its clientVersion added.
    const cause = serverError("57P01", "terminating connection due to administrator command");
    const ended = new Error("Client has encountered a connection error and is not queryable", { cause });
    expect(databaseFailure(Object.assign(ended, CLIENT))).toBe("unavailable");
  });

  it("Node's own errno error for a refused connection", async () => {
    const error = await refusedConnection();
    expect(error).toMatchObject({ code: "ECONNREFUSED", syscall: "connect" });
    expect(databaseFailure(error)).toBe("unavailable");
  });
});

describe("databaseFailure: a full disk", () => {
  it("PostgreSQL's disk_full and Node's ENOSPC", () => {
    expect(databaseFailure(known("P2010", postgres("53100", "could not extend file", "ERROR")))).toBe("storageFull");
    const noSpace = Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
      errno: -28,
      syscall: "write",
    });
    expect(databaseFailure(noSpace)).toBe("storageFull");
  });
});

describe("databaseFailure: not a fault of the database", () => {
  it("a unique violation (P2002 / 23505) is a conflict of the data, not an outage", () => {
    for (const originalCode of ["23505", "SQLITE_CONSTRAINT_UNIQUE"]) {
      const violation: Cause = {
        kind: "UniqueConstraintViolation",
        constraint: { fields: ["idempotencyKey"] },
        originalCode,
        originalMessage: "",
      };
      expect(databaseFailure(known("P2002", violation))).toBeNull();
    }
  });

  it("a missing row, a bug, a code-less pg error with no failure behind it, or no error at all", () => {
    expect(
      databaseFailure(new Prisma.PrismaClientKnownRequestError("No record", { code: "P2025", ...CLIENT })),
    ).toBeNull();
    expect(databaseFailure(new TypeError("Cannot read properties of undefined"))).toBeNull();
    expect(databaseFailure(new Error("Client has encountered a connection error and is not queryable"))).toBeNull();
    for (const nothing of [null, undefined, "57P01", 42]) expect(databaseFailure(nothing)).toBeNull();
  });
});
