import "server-only";
// Writes the planned events inside the caller's transaction: new ones and changed ones go to the coordinator for
// confirmation (SUBMITTED); every created or updated event gets one audit entry with action "import". New events
// are inserted in batches (a 5 000-row file one row a statement spent most of its apply time in round trips).
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { auditMany, type AuditEntry } from "@/lib/audit";
import { UserError } from "@/lib/actions/errors";
import type { Change } from "./changes";

type Writer = Pick<Prisma.TransactionClient, "recruitmentEvent" | "auditLog">;

/** Rows per insert: one statement of many thousands rows was slower in Prisma than a few of this size. */
const BATCH = 500;

async function createEvents(tx: Writer, changes: Change[], userId: string, entries: AuditEntry[]) {
  const fresh = changes.map(({ organisationId, key, fields }) => ({
    ...fields,
    organisationId,
    status: "SUBMITTED" as const,
    importKey: key,
  }));
  for (let i = 0; i < fresh.length; i += BATCH) {
    const batch = fresh.slice(i, i + BATCH);
    const select = { id: true, organisationId: true, importKey: true } as const;
    const created = await tx.recruitmentEvent.createManyAndReturn({
      data: batch.map((data) => ({ ...data, createdById: userId })),
      select,
    });
    // (organisationId, importKey) is unique: it tells which created row is which.
    const idOf = new Map(created.map((e) => [`${e.organisationId}|${e.importKey}`, e.id]));
    for (const after of batch)
      entries.push({
        userId,
        action: "import",
        entity: "RecruitmentEvent",
        entityId: idOf.get(`${after.organisationId}|${after.importKey}`),
        after,
      });
  }
}

export async function applyEvents(tx: Writer, changes: Change[], userId: string): Promise<void> {
  const entries: AuditEntry[] = [];
  await createEvents(
    tx,
    changes.filter((c) => !c.existing),
    userId,
    entries,
  );
  for (const { key, fields, existing, before } of changes) {
    if (!existing) continue;
    const data = { ...fields, status: "SUBMITTED" as const, importKey: existing.importKey ?? key };
    const { count } = await tx.recruitmentEvent.updateMany({
      where: { id: existing.id, version: existing.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new UserError("staleVersion");
    const after = {
      ...Object.fromEntries(Object.keys(before ?? {}).map((k) => [k, fields[k as keyof typeof fields]])),
      status: "SUBMITTED",
    };
    entries.push({
      userId,
      action: "import",
      entity: "RecruitmentEvent",
      entityId: existing.id,
      before: before ?? null,
      after,
    });
  }
  await auditMany(tx, entries);
}
