// Which measures a member reports on: those their organisation is responsible for (Measure.responsibleOrgId). One
// rule for the progress-update action, the measure page, "Moje úkoly" and "Moje organizace". Pure (the reminder script
// runs it outside Next.js).
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import type { Role } from "@/lib/db/generated/sqlite/enums";

type Reporter = { role: Role; organisationId: string | null };

/** Whether `user` may report on `measure` as far as the organisation goes (the permission is checked apart). */
export function reportsOn(user: Reporter, measure: { responsibleOrgId: string | null }): boolean {
  return user.role !== "MEMBER" || (user.organisationId !== null && measure.responsibleOrgId === user.organisationId);
}

/** The measures an organisation's members report on, as a Prisma filter. */
export function reportedByWhere(organisationId: string): Prisma.MeasureWhereInput {
  return { responsibleOrgId: organisationId };
}
