import type { Role } from "@/lib/db/generated/sqlite/enums";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
};

/** The active user a session names (null when there is none, or when the session began before the user's
 * sessionsValidFrom: "sign out everywhere", a new password). The one rule for every place that turns a session into
 * a user (lib/auth/session for pages and actions, lib/cache/page-cache for cached pages). */
export function sessionHolder(user: (SessionUser & { sessionsValidFrom: Date }) | null, authTime: number | undefined): SessionUser | null {
  if (!user || (authTime ?? 0) < user.sessionsValidFrom.getTime()) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId };
}
