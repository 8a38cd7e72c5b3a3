// Who is asking. The session cookie (a JWT from next-auth) carries only the user id and when they signed in; the
// role, organisation and active flag are read from the database on every request, so a deactivation or role change
// applies at once, and a session older than the user's sessionsValidFrom ("sign out everywhere", a new password)
// is refused.
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import { sessionHolder, type SessionUser } from "./session-holder";

export type { SessionUser };

export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id, active: true },
    select: { id: true, email: true, name: true, role: true, organisationId: true, sessionsValidFrom: true },
  });
  return sessionHolder(user, session.user.authTime);
}
