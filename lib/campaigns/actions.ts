"use server";
// Creating and editing a campaign, in one transaction with one audit entry. Coordinator only ("campaigns.manage").
// Campaigns nest one level: a campaign week sits inside a long-running campaign, within its dates.
import { audit } from "@/lib/audit";
import { defineAction } from "@/lib/actions/define-action";
import { fieldFailure, UserError } from "@/lib/actions/errors";
import { db } from "@/lib/db";
import { toDate } from "@/lib/validation/fields";
import { campaignSchema } from "./schema";
import { within } from "./span";

export const saveCampaign = defineAction("campaigns.save", {
  permission: "campaigns.manage",
  schema: campaignSchema,
  refreshes: ["programmes"],
  run: async (v, user) => {
    const data = {
      name: v.name,
      description: v.description || null,
      startDate: toDate(v.startDate),
      endDate: toDate(v.endDate),
      parentId: v.parentId || null,
    };
    const saved = await db.$transaction(async (tx) => {
      const before = v.id ? await tx.campaign.findUnique({ where: { id: v.id } }) : null;
      if (v.id && !before) throw new UserError("notFound");
      const children = v.id ? await tx.campaign.findMany({ where: { parentId: v.id } }) : [];
      if (data.parentId) {
        const parent = await tx.campaign.findUnique({ where: { id: data.parentId } });
        if (!parent) fieldFailure("parentId", "invalid_value");
        if (parent.parentId || children.length) fieldFailure("parentId", "parentNested");
        if (!within(data, parent)) fieldFailure("startDate", "outsideParent");
      }
      const outside = children.filter((child) => !within(child, data)).length;
      if (outside) fieldFailure("startDate", `childrenOutside|${outside}`);
      const campaign = v.id
        ? await tx.campaign.update({ where: { id: v.id }, data })
        : await tx.campaign.create({ data });
      await audit(tx, {
        userId: user.id,
        action: v.id ? "update" : "create",
        entity: "Campaign",
        entityId: campaign.id,
        before,
        after: campaign,
      });
      return { id: campaign.id };
    });
    return saved;
  },
});
