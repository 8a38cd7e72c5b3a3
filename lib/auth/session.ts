// Who is asking. The session cookie (a JWT from next-auth) carries only the user id, when and how they signed in;
// the role, organisation and active flag are read from the database on every request, so a deactivation or role
// change applies at once, and a session older than the user's sessionsValidFrom ("sign out everywhere", a new
// password) is refused.
// A session that must still enrol a second factor (lib/two-factor/policy) is nobody to every caller except those
// that ask for it with { duringEnrolment: true } (the page guard, the action wrapper, the app layout), so a route
// that knows nothing of the rule cannot serve it.
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { requiredRoles } from "@/lib/two-factor/queries";
import { authOptions } from "./options";
import { sessionHolder, type SessionUser } from "./session-holder";

export type { SessionUser };

export async function currentUser(options: { duringEnrolment?: boolean } = {}): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const [user, roles] = await Promise.all([
    db.user.findUnique({
      where: { id, active: true },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        organisationId: true,
        sessionsValidFrom: true,
        totpEnabledAt: true,
      },
    }),
    requiredRoles(db),
  ]);
  const holder = sessionHolder(user, { authTime: session.user.authTime, method: session.user.method }, roles);
  return holder?.mustEnrolSecondFactor && !options.duringEnrolment ? null : holder;
}
