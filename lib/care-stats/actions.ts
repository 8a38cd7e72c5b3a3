"use server";
// Recording one period's figures: an upsert by the unique keys (year, quarter, kind) and (year, quarter), in one
// transaction with one audit entry. Coordinator only ("careStatistics.manage").
import { audit } from "@/lib/audit";
import { defineAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/actions/errors";
import { db, type Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { CARE_KINDS, careFiguresSchema, CHILDREN_FIELDS, KIND_FIELDS } from "./schema";

async function periodView(tx: Tx, year: number, quarter: number) {
  const [care, children] = await Promise.all([
    tx.careStatistic.findMany({ where: { year, quarter }, orderBy: { careKind: "asc" } }),
    tx.childrenStatistic.findUnique({ where: { year_quarter: { year, quarter } } }),
  ]);
  if (care.length === 0 && !children) return null;
  const pick = <T extends object, K extends keyof T>(row: T, keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, row[k]]));
  return {
    ...Object.fromEntries(care.map((c) => [c.careKind, pick(c, KIND_FIELDS)])),
    ...(children ? pick(children, CHILDREN_FIELDS) : {}),
  };
}

export const saveCareFigures = defineAction("careStats.save", {
  permission: "careStatistics.manage",
  schema: careFiguresSchema,
  refreshes: ["careStats"],
  run: async (v, user) => {
    const { year, quarter } = v;
    try {
      await db.$transaction(async (tx) => {
        const before = await periodView(tx, year, quarter);
        for (const careKind of CARE_KINDS) {
          const data = Object.fromEntries(KIND_FIELDS.map((f) => [f, v[careKind][f] ?? null])) as Record<
            (typeof KIND_FIELDS)[number],
            number | null
          >;
          await tx.careStatistic.upsert({
            where: { year_quarter_careKind: { year, quarter, careKind } },
            create: { year, quarter, careKind, ...data },
            update: data,
          });
        }
        const children = {
          childrenInInstitutionalCare: v.childrenInInstitutionalCare ?? null,
          childrenSeekingFamily: v.childrenSeekingFamily ?? null,
        };
        await tx.childrenStatistic.upsert({
          where: { year_quarter: { year, quarter } },
          create: { year, quarter, ...children },
          update: children,
        });
        const after = await periodView(tx, year, quarter);
        await audit(tx, {
          userId: user.id,
          action: before ? "update" : "create",
          entity: "CareStatistic",
          entityId: `${year}/${quarter}`,
          before,
          after,
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new UserError("conflict"); // the same period created at the same moment
      throw error;
    }
    return { year, quarter };
  },
});
