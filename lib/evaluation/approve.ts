"use server";
// Approving a yearly evaluation: the latest version of a year that is over gets its figures as at 31 December frozen
// into `snapshot`, with who approved it and when. An approved version is never changed again (saving new commentary
// makes a new, draft version); approving it twice, an older version, or a year still running is refused.
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { defineAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/actions/errors";
import { evaluationAsOf, evaluationFigures, yearIsOver } from "./figures";
import { approveEvaluationSchema } from "./schema";
import { toSnapshot } from "./snapshot";
import { now as clockNow } from "@/lib/clock";

const alreadyApproved = (version: number) => new UserError("invalidTransition", { reason: "alreadyApproved", version });

export const approveEvaluation = defineAction("evaluation.approve", {
  permission: "evaluation.approve",
  schema: approveEvaluationSchema,
  refreshes: ["evaluation"],
  run: async ({ planId, year, version }, user) => {
    const now = clockNow();
    const plan = await db.plan.findUnique({ where: { id: planId }, select: { yearFrom: true, yearTo: true } });
    if (!plan) throw new UserError("notFound");
    if (year < plan.yearFrom || year > plan.yearTo)
      throw new UserError("validation", { fieldErrors: { year: ["yearOutsidePlan"] } });
    if (!yearIsOver(year, now)) throw new UserError("validation", { fieldErrors: { year: ["yearNotOver"] } });
    const evaluation = { planId, year };
    const [target, latest] = await Promise.all([
      db.evaluationVersion.findFirst({
        where: { evaluation, version },
        select: { id: true, evaluationId: true, approvedAt: true },
      }),
      db.evaluationVersion.aggregate({ where: { evaluation }, _max: { version: true } }),
    ]);
    if (!target) throw new UserError("notFound");
    if (target.approvedAt) throw alreadyApproved(version);
    if (latest._max.version !== version) throw new UserError("staleVersion", { version: latest._max.version });

    // Computed before the transaction (the figures' queries run outside it); the update below is conditional, so
    // of two approvals at once only one writes.
    const asOf = evaluationAsOf(year, now);
    const snapshot = toSnapshot(await evaluationFigures(planId, year, asOf));
    await db.$transaction(async (tx) => {
      const { count } = await tx.evaluationVersion.updateMany({
        where: { id: target.id, approvedAt: null },
        data: { approvedAt: now, approvedById: user.id, snapshot },
      });
      if (count === 0) throw alreadyApproved(version);
      await audit(tx, {
        userId: user.id,
        action: "approve",
        entity: "Evaluation",
        entityId: target.evaluationId,
        before: { version, approvedAt: null },
        after: { planId, year, version, approvedAt: now, asOf },
      });
    });
    return { version, approvedAt: now };
  },
});
