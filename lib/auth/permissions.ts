// The one table of who may do what. Every page, route handler and server action asks `can()` with one of these
// permissions; anything not listed is denied.
import type { Role } from "@/lib/db/generated/sqlite/enums";

export const ROLES = ["ADMIN", "COORDINATOR", "MEMBER", "COUNCIL"] as const satisfies readonly Role[];

const EVERYONE: readonly Role[] = ROLES;

export const PERMISSIONS = {
  "overview.view": EVERYONE,
  "plan.view": EVERYONE,
  "plan.manage": ["ADMIN", "COORDINATOR"], // plan periods, adoption
  "measure.edit": ["COORDINATOR"],
  "evaluation.approve": ["COORDINATOR"], // freezes a yearly evaluation's figures
  "measure.progress": ["COORDINATOR", "MEMBER"], // members only for measures their organisation is responsible for
  "recruitment.view": EVERYONE,
  "event.log": ["MEMBER", "COORDINATOR"], // members only for their own organisation (checked per record)
  "event.review": ["COORDINATOR"],
  "programme.manage": ["COORDINATOR"],
  "reports.view": EVERYONE,
  "comment.add": EVERYONE, // on a record the user may see (checked per record)
  "admin.view": ["ADMIN"],
  "users.manage": ["ADMIN"], // invite, change, deactivate people; reset their second factor
  "organisations.manage": ["ADMIN"],
  "codelists.manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | undefined | null, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
