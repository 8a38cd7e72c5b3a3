"use server";
// Server actions of a record's thread: a free comment by anyone who may see the record.
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { defineAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/actions/errors";
import type { SessionUser } from "@/lib/auth/session";
import { canSeeEvent } from "@/lib/recruitment/access";
import { addCommentSchema } from "./schema";
import { commentRow, type ThreadRecord } from "./write";

/** An unknown, archived or (for a member) invisible record counts as not found, so its existence is not given away. */
async function isVisible(tx: Tx, user: SessionUser, record: ThreadRecord): Promise<boolean> {
  if (record.eventId) {
    const event = await tx.recruitmentEvent.findUnique({
      where: { id: record.eventId },
      select: { organisationId: true, status: true, archivedAt: true },
    });
    return !!event && !event.archivedAt && canSeeEvent(user, event);
  }
  const measure = await tx.measure.findUnique({ where: { id: record.measureId }, select: { archivedAt: true } });
  return !!measure && !measure.archivedAt;
}

export const addComment = defineAction("conversation.addComment", {
  permission: "comment.add",
  schema: addCommentSchema,
  refreshes: ["plan", "recruitment"],
  run: async ({ eventId, measureId, text }, user) =>
    await db.$transaction(async (tx) => {
      const record: ThreadRecord = eventId ? { eventId } : { measureId: measureId! };
      if (!(await isVisible(tx, user, record))) throw new UserError("notFound");
      const comment = await tx.comment.create({ data: commentRow({ ...record, authorId: user.id, text }) });
      await audit(tx, {
        userId: user.id,
        action: "comment",
        entity: "Comment",
        entityId: comment.id,
        after: comment,
      });
      return { id: comment.id };
    }),
});
