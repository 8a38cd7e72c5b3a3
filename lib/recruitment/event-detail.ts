import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { eventHistory } from "@/lib/conversation/queries";
import { canSeeEvent } from "./access";

/** One event with what its page shows (its history is its thread with the edits); members get 404 for other organisations' unconfirmed events. */
export async function eventDetail(id: string, user: SessionUser) {
  const event = await db.recruitmentEvent.findUnique({
    where: { id },
    include: {
      programme: { select: { name: true } },
      eventType: true,
      campaign: { select: { id: true, name: true } },
      organisation: { select: { id: true, name: true } },
      place: { select: { name: true } },
      partners: { include: { organisation: { select: { name: true } } } },
      attachments: { select: { id: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } },
      reviewedBy: { select: { name: true } },
    },
  });
  if (!event || event.archivedAt || !canSeeEvent(user, event)) notFound();
  return { ...event, history: await eventHistory(id) };
}

export type EventDetail = Awaited<ReturnType<typeof eventDetail>>;
