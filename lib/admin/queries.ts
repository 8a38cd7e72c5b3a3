import "server-only";
import { db } from "@/lib/db";

export function listUsers() {
  return db.user.findMany({
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, organisation: { select: { name: true } } },
  });
}

export function listOrganisations() {
  return db.organisation.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true, isWorkingGroupMember: true, active: true, place: { select: { name: true } } },
  });
}

export function listEventTypes() {
  return db.eventType.findMany({ orderBy: { sortOrder: "asc" } });
}
