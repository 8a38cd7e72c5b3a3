import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { canSeeEvent } from "./access";

/** One event with what its page shows; members get 404 for other organisations' unconfirmed events. */
export async function eventDetail(id: string, user: SessionUser) {
  const event = await db.recruitmentEvent.findUnique({
    where: { id },
    include: {
      programme: { select: { name: true } }, eventType: true, campaign: { select: { id: true, name: true } },
      organisation: { select: { id: true, name: true } }, place: { select: { name: true } },
      partners: { include: { organisation: { select: { name: true } } } },
      attachments: { select: { id: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } },
      reviewedBy: { select: { name: true } },
    },
  });
  if (!event || event.archivedAt || !canSeeEvent(user, event)) notFound();
  const history = await db.auditLog.findMany({
    where: { entity: "RecruitmentEvent", entityId: id },
    orderBy: { createdAt: "asc" },
    select: { id: true, action: true, createdAt: true, user: { select: { name: true } } },
  });
  return { ...event, history };
}

export type EventDetail = Awaited<ReturnType<typeof eventDetail>>;
