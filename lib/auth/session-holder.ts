import type { Role } from "@/lib/db/generated/sqlite/enums";
import { mustEnrol } from "@/lib/two-factor/policy";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  /** The office requires a second factor for this role and the person has none yet: the session may only open the
   * enrolment page (lib/auth/guard) and call the enrolment actions (lib/actions/define-action). */
  mustEnrolSecondFactor: boolean;
};

/** The stored user a session names, as read for it. */
export type SessionRow = Omit<SessionUser, "mustEnrolSecondFactor"> & {
  sessionsValidFrom: Date;
  totpEnabledAt: Date | null;
};
/** What the session cookie says: when and how (next-auth provider id) the person signed in. */
export type SessionToken = { authTime?: number; method?: string | null };

/** However active a session is kept (next-auth renews its cookie while it is used), it ends this long after the
 * sign-in: the person signs in again at least once a working day (ASVS 3.3.2). */
export const SESSION_ABSOLUTE_HOURS = 12;

/** The active user a session names (null when there is none, when the session began before the user's
 * sessionsValidFrom: "sign out everywhere", a new password, or more than SESSION_ABSOLUTE_HOURS ago), with whether the session may only enrol a second factor
 * (lib/two-factor/policy). The one rule for every place that turns a session into a user (lib/auth/session for pages
 * and actions, lib/cache/page-cache for cached pages). */
export function sessionHolder(
  user: SessionRow | null,
  token: SessionToken,
  requiredRoles: readonly Role[],
  now = Date.now(),
): SessionUser | null {
  const signedInAt = token.authTime ?? 0;
  if (!user || signedInAt < user.sessionsValidFrom.getTime() || now - signedInAt > SESSION_ABSOLUTE_HOURS * 3_600_000)
    return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organisationId: user.organisationId,
    mustEnrolSecondFactor: mustEnrol(
      { role: user.role, totpEnabledAt: user.totpEnabledAt, method: token.method },
      requiredRoles,
    ),
  };
}
