import "server-only";
import { db } from "@/lib/db";
import type { ThreadRecord } from "./write";

const author = { select: { name: true, role: true, organisation: { select: { name: true } } } } as const;
const entry = { id: true, kind: true, text: true, createdAt: true, author } as const;

/** A record's thread, oldest first. */
export async function thread(record: ThreadRecord) {
  const where = record.eventId ? { recruitmentEventId: record.eventId } : { measureId: record.measureId };
  const comments = await db.comment.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: entry });
  return comments.map((c) => ({ type: "comment" as const, ...c }));
}

export type ThreadEntry = Awaited<ReturnType<typeof thread>>[number];
export type EditEntry = {
  type: "edit";
  id: string;
  action: string;
  createdAt: Date;
  author: ThreadEntry["author"] | null;
};
export type HistoryEntry = ThreadEntry | EditEntry;

// Reviews and resubmissions are told by the thread (with what was said); the audit adds the other edits.
const toldByThread = (action: string, after: string | null) =>
  action === "confirm" ||
  action === "return" ||
  !!(after && (JSON.parse(after) as { commentId?: string } | null)?.commentId);

/** An event's history: its thread with the edits from the audit log interleaved, oldest first. */
export async function eventHistory(eventId: string): Promise<HistoryEntry[]> {
  const [comments, audits] = await Promise.all([
    thread({ eventId }),
    db.auditLog.findMany({
      where: { entity: "RecruitmentEvent", entityId: eventId },
      orderBy: { createdAt: "asc" },
      select: { id: true, action: true, createdAt: true, after: true, user: author },
    }),
  ]);
  const edits = audits
    .filter((a) => !toldByThread(a.action, a.after))
    .map(({ id, action, createdAt, user }) => ({ type: "edit" as const, id, action, createdAt, author: user }));
  return [...comments, ...edits].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
