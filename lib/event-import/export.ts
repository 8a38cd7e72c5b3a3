import "server-only";
// The events a user may see under the list's filters, in the import columns, as a streamed XLSX or CSV: read in
// batches ordered by (startDate, id) with a keyset cursor, so that memory stays flat however many events match.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { spreadsheetStream } from "@/lib/spreadsheet/stream";
import type { Format } from "@/lib/spreadsheet/write";
import { COLUMNS } from "./columns";
import { loadLookups, type Lookups } from "./lookups";
import { recordOf, recordSelect, type EventRecord } from "./record";

export const EXPORT_BATCH = 1000;

export async function* eventBatches(
  where: Prisma.RecruitmentEventWhereInput,
  lookups: Lookups,
  size = EXPORT_BATCH,
): AsyncGenerator<EventRecord[]> {
  let last: { startDate: Date; id: string } | undefined;
  for (;;) {
    // "after the last row" as a range on startDate (an index search) minus that day's rows already sent; the same
    // condition written with OR makes SQLite sort the whole rest of the table for every batch.
    const after = last && {
      startDate: { gte: last.startDate },
      NOT: { startDate: last.startDate, id: { lte: last.id } },
    };
    const page = await db.recruitmentEvent.findMany({
      where: after ? { AND: [where, after] } : where,
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
      take: size,
      select: recordSelect,
    });
    if (page.length > 0) yield page.map((e) => recordOf(e, lookups));
    if (page.length < size) return;
    last = page.at(-1);
  }
}

export async function eventExport(
  format: Format,
  where: Prisma.RecruitmentEventWhereInput,
): Promise<ReadableStream<Uint8Array>> {
  return spreadsheetStream(format, COLUMNS, eventBatches(where, await loadLookups(db)), "Akce");
}
