// Faults of the database itself (not of the request): it is restarting or unreachable, a lock or statement waited past
// its timeout, or its disk is full. Recognised by codes only — Prisma's, the driver adapter's, PostgreSQL's SQLSTATE,
// SQLite's result code, Node's errno — never by message text. Each provider wraps them differently, so every layer
// of the error (the error, its cause, Prisma's driverAdapterError) is looked at.
export type DatabaseFailure = "unavailable" | "storageFull";

// P1001 can't reach, P1002 timed out reaching, P1008 operation timed out, P1017 server closed the connection,
// P2024 timed out waiting for a pool connection, P2028 the transaction API failed (its connection went away).
const PRISMA_UNAVAILABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
const ADAPTER_UNAVAILABLE = new Set([
  "DatabaseNotReachable",
  "SocketTimeout",
  "ConnectionClosed",
  "TooManyConnections",
  "TransactionAlreadyClosed",
  "TransactionWriteConflict",
]);
// 57P01–57P03 shutdown / crash / not yet accepting, 57014 statement timeout, 55P03 lock timeout, 53300 too many
// connections, 40001/40P01 serialization failure / deadlock (retrying succeeds), class 08 connection exceptions.
const SQLSTATE_UNAVAILABLE = /^(57P0[123]|57014|55P03|53300|40001|40P01|08...)$/;
const SQLITE_UNAVAILABLE = new Set(["SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_BUSY_SNAPSHOT", "SQLITE_BUSY_TIMEOUT"]);
const ERRNO_UNAVAILABLE = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTCONN"]);
// 53100 disk_full; SQLITE_FULL "database or disk is full"; ENOSPC from the file system.
const FULL = new Set(["53100", "SQLITE_FULL", "ENOSPC"]);

type Layer = { code?: unknown; kind?: unknown; originalCode?: unknown; cause?: unknown; meta?: unknown };

function layers(error: unknown, depth = 0): Layer[] {
  if (typeof error !== "object" || error === null || depth > 4) return [];
  const layer = error as Layer;
  const adapter = (layer.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  return [layer, ...layers(layer.cause, depth + 1), ...layers(adapter, depth + 1)];
}

export function databaseFailure(error: unknown): DatabaseFailure | null {
  const found = layers(error);
  const codes = found.flatMap((l) => [l.code, l.originalCode].filter((c): c is string => typeof c === "string"));
  if (codes.some((c) => FULL.has(c))) return "storageFull";
  const unavailable =
    codes.some(
      (c) =>
        PRISMA_UNAVAILABLE.has(c) ||
        SQLSTATE_UNAVAILABLE.test(c) ||
        SQLITE_UNAVAILABLE.has(c) ||
        ERRNO_UNAVAILABLE.has(c),
    ) || found.some((l) => typeof l.kind === "string" && ADAPTER_UNAVAILABLE.has(l.kind));
  return unavailable ? "unavailable" : null;
}
