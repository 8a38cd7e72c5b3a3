import "server-only";
import { db } from "@/lib/db";

/** How many accounts and organisations there are, active or not (the admin overview's cards). */
export async function registerCounts() {
  const [users, organisations] = await Promise.all([db.user.count(), db.organisation.count()]);
  return { users, organisations };
}

export function listEventTypes() {
  return db.eventType.findMany({ orderBy: { sortOrder: "asc" } });
}
