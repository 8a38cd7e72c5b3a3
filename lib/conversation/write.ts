// The one shape of a thread entry, used by the app's writes and by the demo data.
import { now } from "@/lib/clock";
import type { CommentKind } from "@/lib/db/generated/sqlite/enums";

export type ThreadRecord = { eventId: string; measureId?: undefined } | { measureId: string; eventId?: undefined };

type Entry = ThreadRecord & { authorId: string; kind?: CommentKind; text?: string; id?: string; createdAt?: Date };

/** Prisma data of one comment on an event or a measure; an empty text is kept as "" (e.g. a bare confirmation).
 * Stamped by lib/clock, not the database default, as the audit entries the thread interleaves with are. */
export function commentRow({ eventId, measureId, authorId, kind = "COMMENT", text, id, createdAt = now() }: Entry) {
  return {
    id,
    recruitmentEventId: eventId ?? null,
    measureId: measureId ?? null,
    authorId,
    kind,
    text: text?.trim() ?? "",
    createdAt,
  };
}
