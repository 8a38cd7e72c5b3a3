"use server";
// Server actions of the review queue: confirming several submitted events at once.
import { defineAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/actions/errors";
import { db } from "@/lib/db";
import { reviewSubmittedEvent } from "@/lib/recruitment/review";
import { reviewEventsSchema } from "./schema";

/**
 * Confirms every listed event in one transaction, all or nothing: when one is no longer waiting (reviewed by someone
 * else meanwhile, archived, unknown) nothing is confirmed and the error names those events.
 */
export const reviewEvents = defineAction("reviewQueue.reviewEvents", {
  permission: "event.review",
  schema: reviewEventsSchema,
  refreshes: ["recruitment"],
  run: async ({ eventIds, note }, user) =>
    await db.$transaction(
      async (tx) => {
        const ids = [...new Set(eventIds)];
        const failed: string[] = [];
        for (const eventId of ids) {
          try {
            await reviewSubmittedEvent(tx, user, { eventId, decision: "confirm", comment: note || undefined });
          } catch (error) {
            if (!(error instanceof UserError)) throw error;
            failed.push(eventId);
          }
        }
        if (failed.length) {
          const found = await tx.recruitmentEvent.findMany({
            where: { id: { in: failed } },
            select: { id: true, title: true },
          });
          const titles = failed.map((id) => found.find((e) => e.id === id)?.title ?? id);
          throw new UserError("invalidTransition", { notWaiting: titles });
        }
        return { confirmed: ids.length };
      },
      { timeout: 60_000 },
    ),
});
