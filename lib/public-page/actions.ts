"use server";
// Turning the public page on or off: admin only ("publicPage.manage"), audited.
import { defineAction } from "@/lib/actions/define-action";
import { writeSetting } from "@/lib/admin/settings";
import { z } from "@/lib/validation";
import { PUBLIC_PAGE_KEY } from "./setting";

const save = defineAction("publicPage.set", {
  permission: "publicPage.manage",
  schema: z.object({ on: z.boolean() }),
  refreshes: ["publicPage"],
  run: async ({ on }, user) => {
    const value = on ? "on" : "off";
    await writeSetting(PUBLIC_PAGE_KEY, value, user.id);
    return { on };
  },
});

export async function setPublicPage(on: boolean) {
  return save({ on });
}
