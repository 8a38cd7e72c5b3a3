// Page-level guards: no session → the sign-in page; a session without the permission → HTTP 403 (app/forbidden.tsx).
import { forbidden, redirect } from "next/navigation";
import { can, type Permission } from "./permissions";
import { currentUser, type SessionUser } from "./session";

export async function requirePage(permission: Permission): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/prihlaseni");
  if (!can(user.role, permission)) forbidden();
  return user;
}
