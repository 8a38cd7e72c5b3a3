// Page-level guards: no session → the sign-in page; a session that must still enrol a second factor → the enrolment
// page; a session without the permission → HTTP 403 (app/forbidden.tsx).
import { forbidden, redirect } from "next/navigation";
import { ENROL_PATH } from "@/lib/two-factor/policy";
import { can, type Permission } from "./permissions";
import { currentUser, type SessionUser } from "./session";

/** duringEnrolment: the enrolment page itself, the one page such a session may open. */
export async function requirePage(
  permission: Permission,
  options: { duringEnrolment?: boolean } = {},
): Promise<SessionUser> {
  const user = await currentUser({ duringEnrolment: true });
  if (!user) redirect("/prihlaseni");
  if (user.mustEnrolSecondFactor && !options.duringEnrolment) redirect(ENROL_PATH);
  if (!can(user.role, permission)) forbidden();
  return user;
}
