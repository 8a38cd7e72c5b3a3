import "server-only";
// What the indicator form offers as sources: programmes (archived ones marked), places, event types.
import { db } from "@/lib/db";

export async function indicatorSourceOptions() {
  const [programmes, places, eventTypes] = await Promise.all([
    db.programme.findMany({ orderBy: [{ sortOrder: "asc" }, { periodStart: "asc" }], select: { id: true, name: true, active: true } }),
    db.place.findMany({ orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.eventType.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, nameCs: true, nameEn: true } }),
  ]);
  return { programmes, places, eventTypes };
}

export type IndicatorSourceOptions = Awaited<ReturnType<typeof indicatorSourceOptions>>;
