import { createHash } from "node:crypto";
import { searchable } from "@/lib/search";

type Identity = { startDate: string | Date; eventTypeId: string; placeId: string | null; title: string };

const day = (date: string | Date) => (date instanceof Date ? date.toISOString().slice(0, 10) : date);

/** What identifies an imported event within its organisation: its day, type, ORP and title (case, diacritics and
 * spacing aside). Stored as `importKey`, so that importing the same row again finds the event instead of adding one. */
export const importKeyOf = (e: Identity) =>
  createHash("sha256")
    .update(["event-v1", day(e.startDate), e.eventTypeId, e.placeId ?? "", searchable(e.title)].join("\n"))
    .digest("hex");
