import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { measureFormValues } from "./form-values";
import type { MeasureInput } from "./schema";
import { organisationChoices } from "@/lib/organisations/choices";

/** Active organisations, plus those an edited measure already names (`keep`), deactivated or not. */
export async function organisationOptions(keep: (string | null | undefined)[] = []) {
  return organisationChoices(keep);
}

const goalName = (goal: { code: string; title: string }) => `${goal.code} ${goal.title}`;

export async function measureForEdit(id: string) {
  const measure = await db.measure.findUnique({ where: { id }, include: { partners: true, goal: true } });
  if (!measure || measure.archivedAt) notFound();
  return { initial: measureFormValues(measure), goalName: goalName(measure.goal) };
}

/** A new measure under the goal, with the next free code suggested. */
export async function newMeasure(goalId: string | undefined): Promise<{ initial: MeasureInput; goalName: string }> {
  const goal = goalId
    ? await db.goal.findUnique({ where: { id: goalId }, include: { _count: { select: { measures: true } } } })
    : null;
  if (!goal || goal.archivedAt) notFound();
  const initial: MeasureInput = {
    goalId: goal.id,
    code: `${goal.code}.${goal._count.measures + 1}`,
    title: "",
    status: "NOT_STARTED",
    partnerIds: [],
    weight: 1,
  };
  return { initial, goalName: goalName(goal) };
}
