// Record-level rules of recruitment events on top of the permission table: members work only on their own
// organisation's events, and a confirmed event changes only through the coordinator.
import type { SessionUser } from "@/lib/auth/session";

type EventOwner = { organisationId: string; status: string; archivedAt?: Date | null };

export function canEditEvent(user: Pick<SessionUser, "role" | "organisationId">, event: EventOwner): boolean {
  if (event.archivedAt) return false;
  if (user.role === "COORDINATOR") return true;
  return user.role === "MEMBER" && event.organisationId === user.organisationId && event.status !== "CONFIRMED";
}

/** Members see other organisations' events only once confirmed (drafts and returned events stay private). */
export function canSeeEvent(user: Pick<SessionUser, "role" | "organisationId">, event: EventOwner): boolean {
  return user.role !== "MEMBER" || event.organisationId === user.organisationId || event.status === "CONFIRMED";
}
