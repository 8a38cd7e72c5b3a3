// The office's rule for who must use a second factor: the roles kept in the Setting "twoFactorRequiredRoles"
// (e.g. "ADMIN" or "ADMIN,COORDINATOR"; the demo has "ADMIN"). A person of such a role who has not enrolled may sign
// in with the password, but the session reaches only the enrolment page (lib/auth/session-holder). A single sign-on
// satisfies the rule: the office's identity provider does its own MFA.
import type { Role } from "@/lib/db/generated/sqlite/enums";
import { ROLES } from "@/lib/auth/permissions";

export const POLICY_KEY = "twoFactorRequiredRoles";
/** The enrolment page: the one page a session that must still enrol may open. */
export const ENROL_PATH = "/ucet/dvoufazove-overeni";
/** next-auth provider ids whose sign-in counts as multi-factor on its own (lib/auth/sso SSO_PROVIDER_ID). */
const MULTI_FACTOR_METHODS: readonly string[] = ["sso"];

export function parseRequiredRoles(value: string | null | undefined): Role[] {
  const named = new Set((value ?? "").split(",").map((part) => part.trim()));
  return ROLES.filter((role) => named.has(role));
}

export const formatRequiredRoles = (roles: readonly Role[]): string =>
  ROLES.filter((role) => roles.includes(role)).join(",");

export const isRequiredFor = (role: Role, requiredRoles: readonly Role[]): boolean => requiredRoles.includes(role);

/** Whether this session may only enrol: its role requires a second factor, the person has none, and the session did
 * not begin through a sign-in that is multi-factor on its own. */
export function mustEnrol(
  input: { role: Role; totpEnabledAt: Date | null; method?: string | null },
  requiredRoles: readonly Role[],
): boolean {
  if (input.totpEnabledAt || !isRequiredFor(input.role, requiredRoles)) return false;
  return !(input.method && MULTI_FACTOR_METHODS.includes(input.method));
}
