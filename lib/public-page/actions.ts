"use server";
// Turning the public page on or off: admin only ("publicPage.manage"), audited.
import { defineAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { z } from "@/lib/validation";
import { PUBLIC_PAGE_KEY } from "./setting";

const save = defineAction("publicPage.set", {
  permission: "publicPage.manage",
  schema: z.object({ on: z.boolean() }),
  refreshes: ["publicPage"],
  run: async ({ on }, user) => {
    const value = on ? "on" : "off";
    await db.$transaction(async (tx) => {
      const before = await tx.setting.findUnique({ where: { key: PUBLIC_PAGE_KEY } });
      const after = await tx.setting.upsert({
        where: { key: PUBLIC_PAGE_KEY },
        create: { key: PUBLIC_PAGE_KEY, value, updatedById: user.id },
        update: { value, updatedById: user.id },
      });
      await audit(tx, {
        userId: user.id,
        action: "update",
        entity: "Setting",
        entityId: PUBLIC_PAGE_KEY,
        before,
        after,
      });
    });
    return { on };
  },
});

export async function setPublicPage(on: boolean) {
  return save({ on });
}
