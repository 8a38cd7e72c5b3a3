import "server-only";
// Carrying a measure over into the next plan: who may go where, the new measure's code and term, and the copy of its
// indicators with their whole history. The original is never changed; the link (carriedOverFromId) is the record.
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { UserError } from "@/lib/actions/errors";

/** The source measure with everything that is copied. */
export const CARRIED = {
  partners: { select: { organisationId: true } },
  carriedOverTo: { select: { id: true } },
  indicators: { where: { archivedAt: null }, include: { values: true, yearlyTargets: true, sourceTypes: true } },
} satisfies Prisma.MeasureInclude;

type Source = Prisma.MeasureGetPayload<{ include: typeof CARRIED }>;
type TargetPlan = { id: string; previousPlanId: string | null; yearFrom: number; yearTo: number };

/** The words of the measure page's "carried over from/to" line: the other plan's period, its code and priority area. */
export function carryOverLine(other: {
  code: string;
  plan: { yearFrom: number; yearTo: number };
  goal: { area: { code: string; title: string } };
}) {
  return {
    period: `${other.plan.yearFrom}–${other.plan.yearTo}`,
    code: other.code,
    area: `${other.goal.area.code} ${other.goal.area.title}`,
  };
}

/** Only into the plan that follows the measure's own, and only once. */
export function assertCarryable(source: Source, plan: TargetPlan) {
  const refuse = (reason: string) => new UserError("validation", { fieldErrors: { goalId: [reason] } });
  if (source.carriedOverTo) throw refuse("alreadyCarriedOver");
  if (plan.previousPlanId !== source.planId) throw refuse("notNextPlan");
}

/** The next free number under the goal ("2.1" → "2.1.4" after 2.1.3), archived measures included (codes stay unique). */
export async function nextCodeUnder(tx: Tx, goal: { id: string; code: string }) {
  const codes = await tx.measure.findMany({ where: { goalId: goal.id }, select: { code: true } });
  const last = Math.max(0, ...codes.map((m) => Number(m.code.split(".").at(-1)) || 0));
  return `${goal.code}.${last + 1}`;
}

/** The copy starts with the new plan; a deadline already past at that start moves to the plan's end. */
export function carriedTerm(deadline: Date | null, plan: TargetPlan) {
  const startDate = new Date(Date.UTC(plan.yearFrom, 0, 1));
  const keep = deadline !== null && deadline.getTime() >= startDate.getTime();
  return { startDate, deadline: keep ? deadline : new Date(Date.UTC(plan.yearTo, 11, 31)) };
}

/**
 * Copies each live indicator to `measureId` with every column (weight, direction, the live source …), its event
 * types, yearly targets and dated values (same day, value, source, note, author and time; not the progress update,
 * which belongs to the old measure). Returns how many indicators and values were copied.
 */
export async function copyIndicators(tx: Tx, indicators: Source["indicators"], measureId: string) {
  let values = 0;
  for (const { values: history, yearlyTargets, sourceTypes, ...indicator } of indicators) {
    await tx.indicator.create({
      data: {
        ...without(indicator, ["id", "measureId", "archivedAt"]),
        measureId,
        values: { create: history.map((value) => without(value, ["id", "indicatorId", "progressUpdateId"])) },
        yearlyTargets: { create: yearlyTargets.map(({ year, value }) => ({ year, value })) },
        sourceTypes: { create: sourceTypes.map(({ eventTypeId }) => ({ eventTypeId })) },
      },
    });
    values += history.length;
  }
  return { indicators: indicators.length, values };
}

/** The row without its own identity, so that every other column (also ones added later) is copied. */
function without<T extends object, K extends keyof T>(row: T, keys: K[]): Omit<T, K> {
  const copy = { ...row };
  for (const key of keys) delete copy[key];
  return copy;
}
