import "server-only";
// Writes the planned events inside the caller's transaction: new ones and changed ones go to the coordinator for
// confirmation (SUBMITTED); every created or updated event gets one audit entry with action "import".
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/actions/errors";
import type { Change } from "./changes";

type Writer = Pick<Prisma.TransactionClient, "recruitmentEvent" | "auditLog">;

export async function applyEvents(tx: Writer, changes: Change[], userId: string): Promise<void> {
  for (const { organisationId, key, fields, existing, before } of changes) {
    const log = (entityId: string, after: object) => audit(tx, { userId, action: "import", entity: "RecruitmentEvent", entityId, before: before ?? null, after });
    if (!existing) {
      const created = await tx.recruitmentEvent.create({ data: { ...fields, organisationId, status: "SUBMITTED", createdById: userId, importKey: key } });
      await log(created.id, { ...fields, organisationId, status: created.status, importKey: key });
      continue;
    }
    const data = { ...fields, status: "SUBMITTED" as const, importKey: existing.importKey ?? key };
    const { count } = await tx.recruitmentEvent.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new UserError("staleVersion");
    await log(existing.id, { ...Object.fromEntries(Object.keys(before ?? {}).map((k) => [k, fields[k as keyof typeof fields]])), status: "SUBMITTED" });
  }
}
