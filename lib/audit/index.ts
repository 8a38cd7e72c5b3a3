// The append-only audit log: this module only ever inserts (there is no update or delete path for AuditLog).
import { now } from "@/lib/clock";
import type { Db } from "@/lib/db";

type Writer = Pick<Db, "auditLog">;

export type AuditEntry = {
  userId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string;
};

const json = (value: unknown) =>
  value === undefined ? null : JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v));

const dataOf = (entry: AuditEntry) => ({
  userId: entry.userId,
  action: entry.action,
  entity: entry.entity,
  entityId: entry.entityId ?? null,
  before: json(entry.before),
  after: json(entry.after),
  ip: entry.ip ?? null,
  // Stamped by the app's clock, not the database default, so the log's days agree with the app's "today".
  createdAt: now(),
});

export async function audit(writer: Writer, entry: AuditEntry): Promise<void> {
  await writer.auditLog.create({ data: dataOf(entry) });
}

/** Many entries in as few statements as the database takes (an import writes thousands). */
export async function auditMany(writer: Writer, entries: AuditEntry[]): Promise<void> {
  if (entries.length > 0) await writer.auditLog.createMany({ data: entries.map(dataOf) });
}
