import "server-only";
import type { Role } from "@/lib/db/generated/sqlite/enums";
import type { Db, Tx } from "@/lib/db";
import { parseRequiredRoles, POLICY_KEY } from "./policy";

export async function requiredRoles(reader: Pick<Db | Tx, "setting">): Promise<Role[]> {
  return parseRequiredRoles((await reader.setting.findUnique({ where: { key: POLICY_KEY } }))?.value);
}

/** What the enrolment page shows about the person's own second factor. */
export async function secondFactorStatus(db: Db, userId: string, role: Role) {
  const [user, unused, roles] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
    requiredRoles(db),
  ]);
  return { enabledAt: user.totpEnabledAt, unusedRecoveryCodes: unused, required: roles.includes(role) };
}
