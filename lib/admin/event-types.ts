"use server";
// The admin edits the code list of event types; a type in use is deactivated, never deleted.
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { defineAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/actions/errors";
import { eventTypeSchema } from "./schema";

export const saveEventType = defineAction("admin.saveEventType", {
  permission: "codelists.manage",
  schema: eventTypeSchema,
  refreshes: ["codeLists"],
  run: async ({ id, isNew, nameCs, nameEn, sortOrder, active }, user) => {
    const saved = await db.$transaction(async (tx) => {
      const before = await tx.eventType.findUnique({ where: { id } });
      if (isNew && before) throw new UserError("validation", { fieldErrors: { id: ["duplicateCode"] } });
      if (!isNew && !before) throw new UserError("notFound");
      const data = { nameCs, nameEn, sortOrder, active };
      const after = before
        ? await tx.eventType.update({ where: { id }, data })
        : await tx.eventType.create({ data: { id, ...data } });
      await audit(tx, {
        userId: user.id,
        action: before ? "update" : "create",
        entity: "EventType",
        entityId: id,
        before,
        after,
      });
      return { id };
    });
    return saved;
  },
});
