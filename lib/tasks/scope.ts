// Whose work a user's tasks cover ("Moje úkoly", the weekly reminder, "Do 60 dnů"): the coordinator everyone's, a
// member their organisation's (the events it logs, the measures it reports on, the activities it carries out), the
// others nobody's. One rule for the queries (./queries, ./upcoming) and the per-record decision (./due). Pure: the
// reminder script runs it outside Next.js.
import type { Role } from "@/lib/db/generated/sqlite/enums";

type Worker = { role: Role; organisationId: string | null };
export type WorkScope = "everyone" | { organisationId: string } | null;

export function workScope(user: Worker): WorkScope {
  if (user.role === "COORDINATOR") return "everyone";
  return user.role === "MEMBER" && user.organisationId ? { organisationId: user.organisationId } : null;
}

/** Whether an event's tasks fall to `user`. */
export function isOwnWork(user: Worker, event: { organisationId: string }): boolean {
  const scope = workScope(user);
  return scope === "everyone" || (!!scope && event.organisationId === scope.organisationId);
}
