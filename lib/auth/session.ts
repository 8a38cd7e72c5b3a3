// Who is asking. The session cookie (a JWT from next-auth) carries only the user id and when they signed in; the
// role, organisation and active flag are read from the database on every request, so a deactivation or role change
// applies at once, and a session older than the user's sessionsValidFrom ("sign out everywhere", a new password)
// is refused.
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import type { Role } from "@/lib/db/generated/sqlite/enums";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
};

export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  return session?.user?.id ? sessionUser(session.user.id, session.user.authTime) : null;
}

/** The user a session names, if they are still active and the session is not older than their sessionsValidFrom. */
export async function sessionUser(id: string, authTime: number | undefined): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id, active: true },
    select: { id: true, email: true, name: true, role: true, organisationId: true, sessionsValidFrom: true },
  });
  if (!user || (authTime ?? 0) < user.sessionsValidFrom.getTime()) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId };
}
