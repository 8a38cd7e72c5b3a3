import "server-only";
// Copying a year's unfinished activities into next year's draft action plan.
import { audit } from "@/lib/audit";
import { UserError } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";
import { activityAudit, carriedOver, lockActionPlan } from "./write";

/**
 * Activities of `fromActionPlanId` that are neither COMPLETED nor CANCELLED (nor archived, nor under an archived
 * measure) are copied into the draft of the following year, each with copiedFromId pointing at its original. An
 * original that already has a copy there (even an archived one: the coordinator removed it on purpose) is skipped,
 * so running it twice copies nothing twice. The target is locked before its copies are read (lockActionPlan).
 */
export async function copyUnfinishedIn(tx: Tx, fromActionPlanId: string, userId: string) {
  const source = await tx.actionPlan.findUnique({ where: { id: fromActionPlanId }, include: { plan: true } });
  if (!source) throw new UserError("notFound");
  const year = source.year + 1;
  if (year > source.plan.yearTo) throw new UserError("invalidTransition", { reason: "lastYearOfPlan" });

  const key = { planId_year: { planId: source.planId, year } };
  let target = await tx.actionPlan.findUnique({ where: key });
  if (!target) {
    target = await tx.actionPlan.create({ data: { planId: source.planId, year } });
    await audit(tx, {
      userId,
      action: "create",
      entity: "ActionPlan",
      entityId: target.id,
      after: { planId: source.planId, year, state: target.state },
    });
  }
  target = await lockActionPlan(tx, target.id);
  if (target.state !== "DRAFT") throw new UserError("invalidTransition", { reason: "targetApproved" });

  const unfinished = await tx.actionPlanActivity.findMany({
    where: {
      actionPlanId: source.id,
      archivedAt: null,
      status: { notIn: ["COMPLETED", "CANCELLED"] },
      measure: { archivedAt: null },
    },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
  const existing = await tx.actionPlanActivity.findMany({
    where: { actionPlanId: target.id, copiedFromId: { in: unfinished.map((a) => a.id) } },
    select: { copiedFromId: true },
  });
  const copiedAlready = new Set(existing.map((e) => e.copiedFromId));
  const last = await tx.actionPlanActivity.aggregate({ where: { actionPlanId: target.id }, _max: { sortOrder: true } });
  let sortOrder = (last._max.sortOrder ?? -1) + 1;

  const copies = [];
  for (const original of unfinished.filter((a) => !copiedAlready.has(a.id))) {
    const copy = await tx.actionPlanActivity.create({
      data: {
        actionPlanId: target.id,
        measureId: original.measureId,
        title: original.title,
        description: original.description,
        responsible: original.responsible,
        organisationId: original.organisationId,
        indicatorText: original.indicatorText,
        ...carriedOver(original.status, original.plannedBudgetHaler, original.spentBudgetHaler),
        copiedFromId: original.id,
        sortOrder: sortOrder++,
      },
    });
    await audit(tx, {
      userId,
      action: "copy",
      entity: "ActionPlanActivity",
      entityId: copy.id,
      after: activityAudit(copy),
    });
    copies.push(copy.id);
  }
  return { actionPlanId: target.id, year, copied: copies.length, skipped: copiedAlready.size };
}
