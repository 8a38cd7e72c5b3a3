import "server-only";
import { db } from "@/lib/db";
import { sortByName } from "@/lib/sort/collate";

export async function listUsers() {
  const users = await db.user.findMany({
    select: { id: true, name: true, email: true, role: true, active: true, organisation: { select: { name: true } } },
  });
  return sortByName(users, (u) => u.role);
}

export async function listOrganisations() {
  return sortByName(
    await db.organisation.findMany({ select: { id: true, name: true, kind: true, isWorkingGroupMember: true, active: true, place: { select: { name: true } } } }),
  );
}

export function listEventTypes() {
  return db.eventType.findMany({ orderBy: { sortOrder: "asc" } });
}
