import "server-only";
import type { Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/actions/errors";
import type { SessionUser } from "@/lib/auth/session";
import { commentRow } from "@/lib/conversation/write";
import { now } from "@/lib/clock";

export type ReviewDecision = { eventId: string; decision: "confirm" | "return"; comment?: string };

/**
 * The coordinator's decision on one submitted event, inside the caller's transaction: confirmed (it then counts toward
 * targets) or returned with a comment, written to the event's thread. Every way of reviewing (one event, several at once) goes through here.
 */
export async function reviewSubmittedEvent(tx: Tx, user: SessionUser, { eventId, decision, comment }: ReviewDecision) {
  const before = await tx.recruitmentEvent.findUnique({ where: { id: eventId } });
  if (!before || before.archivedAt) throw new UserError("notFound");
  // Conditional on the status, so that two reviewers at once cannot both act on the same submission.
  const { count } = await tx.recruitmentEvent.updateMany({
    where: { id: eventId, status: "SUBMITTED" },
    data: {
      status: decision === "confirm" ? "CONFIRMED" : "RETURNED",
      reviewComment: comment ?? null,
      reviewedById: user.id,
      reviewedAt: now(),
      version: { increment: 1 },
    },
  });
  if (count === 0) throw new UserError("invalidTransition");
  const after = await tx.recruitmentEvent.findUniqueOrThrow({ where: { id: eventId } });
  // The event's thread keeps what was said; reviewComment holds only the latest word.
  const said = await tx.comment.create({
    data: commentRow({
      eventId,
      authorId: user.id,
      kind: decision === "confirm" ? "CONFIRMED" : "RETURNED",
      text: comment,
    }),
  });
  await audit(tx, {
    userId: user.id,
    action: decision,
    entity: "RecruitmentEvent",
    entityId: eventId,
    before: { status: before.status, reviewComment: before.reviewComment },
    after: { status: after.status, reviewComment: after.reviewComment, commentId: said.id },
  });
  return { id: after.id, status: after.status };
}
