"use server";
// A user switches their own weekly e-mail reminders on or off (never anyone else's: the user comes from the session).
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { defineAction } from "@/lib/actions/define-action";
import { emailRemindersSchema } from "./schema";

export const setEmailReminders = defineAction("tasks.setEmailReminders", {
  permission: "signedIn",
  schema: emailRemindersSchema,
  refreshes: ["accounts"],
  run: async ({ enabled }, user) => {
    const result = await db.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { emailReminders: true } });
      await tx.user.update({ where: { id: user.id }, data: { emailReminders: enabled } });
      await audit(tx, {
        userId: user.id,
        action: "update",
        entity: "User",
        entityId: user.id,
        before,
        after: { emailReminders: enabled },
      });
      return { enabled };
    });
    return result;
  },
});
