import "server-only";
// What the indicator form offers as sources: programmes (archived ones marked), places, event types.
import { db } from "@/lib/db";
import { sortByName } from "@/lib/sort/collate";

export async function indicatorSourceOptions() {
  const [programmes, places, eventTypes] = await Promise.all([
    db.programme.findMany({
      orderBy: [{ sortOrder: "asc" }, { periodStart: "asc" }],
      select: { id: true, name: true, active: true },
    }),
    db.place.findMany({ select: { id: true, name: true, kind: true } }),
    db.eventType.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, nameCs: true, nameEn: true } }),
  ]);
  return { programmes, places: sortByName(places, (p) => p.kind).map(({ id, name }) => ({ id, name })), eventTypes };
}

export type IndicatorSourceOptions = Awaited<ReturnType<typeof indicatorSourceOptions>>;
