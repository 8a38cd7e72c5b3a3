"use server";
// Server actions of the recruitment module.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { defineAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/actions/errors";
import { reviewEventSchema } from "./schema";

/** The coordinator confirms a submitted event (it then counts toward targets) or returns it with a comment. */
export const reviewEvent = defineAction("recruitment.reviewEvent", {
  permission: "event.review",
  schema: reviewEventSchema,
  run: async ({ eventId, decision, comment }, user) => {
    const result = await db.$transaction(async (tx) => {
      const before = await tx.recruitmentEvent.findUnique({ where: { id: eventId } });
      if (!before || before.archivedAt) throw new UserError("notFound");
      if (before.status !== "SUBMITTED") throw new UserError("invalidTransition");
      const after = await tx.recruitmentEvent.update({
        where: { id: eventId, version: before.version },
        data: {
          status: decision === "confirm" ? "CONFIRMED" : "RETURNED",
          reviewComment: comment ?? null,
          reviewedById: user.id,
          reviewedAt: new Date(),
          version: { increment: 1 },
        },
      });
      await audit(tx, {
        userId: user.id,
        action: decision,
        entity: "RecruitmentEvent",
        entityId: eventId,
        before: { status: before.status, reviewComment: before.reviewComment },
        after: { status: after.status, reviewComment: after.reviewComment },
      });
      return { id: after.id, status: after.status };
    });
    revalidatePath("/", "layout");
    return result;
  },
});
