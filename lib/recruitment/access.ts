// Record-level rules of recruitment events on top of the permission table (lib/auth/permissions): which events a user
// sees and which they may edit. Visibility is written once (`visibility`) and read three ways: a predicate for one
// record (pages, actions, attachment downloads), a Prisma filter and an SQL condition for lists and their counts, so
// that a page, a list and its count cannot disagree. Archived events are left out by each caller, apart from the rule.
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { SessionUser } from "@/lib/auth/session";

export type EventViewer = Pick<SessionUser, "role" | "organisationId">;
type EventRecord = { organisationId: string; status: string; archivedAt?: Date | null };

/** One way an event becomes visible: it belongs to this organisation, or it has this review status. */
type Alternative = { organisationId: string } | { status: "CONFIRMED" };

/** The events `user` sees, as alternatives of which one suffices; null: every event. Members see their own
 * organisation's events and everyone's confirmed ones (drafts, submitted and returned events stay private). */
function visibility(user: EventViewer): readonly Alternative[] | null {
  if (user.role !== "MEMBER") return null;
  return [...(user.organisationId ? [{ organisationId: user.organisationId }] : []), { status: "CONFIRMED" }];
}

const holds = (a: Alternative, event: EventRecord) =>
  "organisationId" in a ? event.organisationId === a.organisationId : event.status === a.status;

/** Whether `user` sees `event` (archived or not: the caller decides about archived events). */
export function canSeeEvent(user: EventViewer, event: EventRecord): boolean {
  const alternatives = visibility(user);
  return !alternatives || alternatives.some((a) => holds(a, event));
}

/** canSeeEvent as a Prisma filter on RecruitmentEvent. */
export function visibleEventsWhere(user: EventViewer): Prisma.RecruitmentEventWhereInput {
  const alternatives = visibility(user);
  return alternatives ? { OR: alternatives.map((a) => ({ ...a })) } : {};
}

/** canSeeEvent as an SQL condition on "RecruitmentEvent" (unqualified columns); null: no condition. The status is an
 * enum column: compared with a literal from the closed type (PostgreSQL gives the literal the column's type). */
export function visibleEventsSql(user: EventViewer): Prisma.Sql | null {
  const alternatives = visibility(user);
  if (!alternatives) return null;
  const sql = alternatives.map((a) =>
    "organisationId" in a
      ? Prisma.sql`"organisationId" = ${a.organisationId}`
      : Prisma.sql`"status" = ${Prisma.raw(`'${a.status}'`)}`,
  );
  return Prisma.sql`(${Prisma.join(sql, " OR ")})`;
}

/** The organisation whose events `user` logs (by hand or by import): a member's own, fixed (null: a member without
 * one logs none); undefined: the user names it (the coordinator). */
export function loggingOrganisation(user: EventViewer): string | null | undefined {
  return user.role === "MEMBER" ? user.organisationId : undefined;
}

/** Members work only on their own organisation's events, and a confirmed event changes only through the coordinator;
 * nobody edits an archived event. */
export function canEditEvent(user: EventViewer, event: EventRecord): boolean {
  if (event.archivedAt) return false;
  if (user.role === "COORDINATOR") return true;
  return user.role === "MEMBER" && event.organisationId === user.organisationId && event.status !== "CONFIRMED";
}
