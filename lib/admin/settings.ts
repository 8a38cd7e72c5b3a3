import "server-only";
// An administrator's setting (one key, one value) written with its audit entry, in one transaction.
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { Setting } from "@/lib/db/generated/sqlite/client";

/** `view`: what of the row before and after the audit entry records (the whole row unless told). */
export async function writeSetting(
  key: string,
  value: string,
  userId: string,
  view: (row: Setting) => unknown = (row) => row,
) {
  await db.$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key } });
    const after = await tx.setting.upsert({
      where: { key },
      create: { key, value, updatedById: userId },
      update: { value, updatedById: userId },
    });
    await audit(tx, {
      userId,
      action: "update",
      entity: "Setting",
      entityId: key,
      before: before && view(before),
      after: view(after),
    });
  });
}
