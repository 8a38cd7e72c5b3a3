import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { QUEUE_LIMIT } from "./schema";

/** Waiting for the coordinator: submitted and not archived. Both counts and the list read it from the status index. */
export const waitingWhere = { status: "SUBMITTED", archivedAt: null } satisfies Prisma.RecruitmentEventWhereInput;

/** The number shown in the navigation. */
export const reviewQueueCount = () => db.recruitmentEvent.count({ where: waitingWhere });

/**
 * The submitted events, oldest submission first. The schema has no submission time: a waiting event's last write is
 * its submission (or a later correction of it), so updatedAt stands for it.
 */
export async function reviewQueue() {
  const [items, total] = await Promise.all([
    db.recruitmentEvent.findMany({
      where: waitingWhere,
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: QUEUE_LIMIT,
      select: {
        id: true,
        title: true,
        startDate: true,
        endDate: true,
        municipality: true,
        realisation: true,
        peopleReached: true,
        inquiries: true,
        applicants: true,
        costHaler: true,
        updatedAt: true,
        eventType: { select: { nameCs: true, nameEn: true } },
        organisation: { select: { id: true, name: true } },
        place: { select: { name: true } },
        _count: { select: { attachments: true } },
      },
    }),
    reviewQueueCount(),
  ]);
  return { items, total };
}

export type QueueItem = Awaited<ReturnType<typeof reviewQueue>>["items"][number];
