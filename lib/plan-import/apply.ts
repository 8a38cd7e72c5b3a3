// Carries out the planned changes inside the caller's transaction; every created or updated area, goal and
// measure gets one audit entry with action "import".
import type { Db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { measureSearchText } from "@/lib/search";
import type { Changes } from "./changes";

type Writer = Pick<Db, "priorityArea" | "goal" | "measure" | "auditLog">;

/** "2.1.3" → 2: the position the code gives among its siblings (0-based like the demo data). */
const sortOrderOf = (code: string) => Math.max(0, Number(code.split(".").pop()) - 1);

export async function applyChanges(tx: Writer, planId: string, changes: Changes, userId: string): Promise<void> {
  const log = (entity: string, entityId: string, before: unknown, after: unknown) =>
    audit(tx, { userId, action: "import", entity, entityId, before, after });
  const areaIds = new Map<string, string>();
  const goalIds = new Map<string, string>();

  for (const area of changes.areas) {
    if (!area.existing) {
      const created = await tx.priorityArea.create({
        data: { planId, code: area.code, title: area.title, sortOrder: sortOrderOf(area.code) },
      });
      await log("PriorityArea", created.id, null, { code: area.code, title: area.title });
      areaIds.set(area.code, created.id);
      continue;
    }
    areaIds.set(area.code, area.existing.id);
    if (!area.change) continue;
    await tx.priorityArea.update({ where: { id: area.existing.id }, data: { title: area.title } });
    await log("PriorityArea", area.existing.id, { title: area.existing.title }, { title: area.title });
  }

  for (const goal of changes.goals) {
    if (!goal.existing) {
      const data = {
        areaId: areaIds.get(goal.areaCode!)!,
        code: goal.code,
        title: goal.title,
        sortOrder: sortOrderOf(goal.code),
      };
      const created = await tx.goal.create({ data });
      await log("Goal", created.id, null, { code: goal.code, title: goal.title });
      goalIds.set(goal.code, created.id);
      continue;
    }
    goalIds.set(goal.code, goal.existing.id);
    if (!goal.change) continue;
    await tx.goal.update({ where: { id: goal.existing.id }, data: { title: goal.title } });
    await log("Goal", goal.existing.id, { title: goal.existing.title }, { title: goal.title });
  }

  for (const { row, goalCode, existing, fields, indicator } of changes.measures) {
    const goalId = goalIds.get(goalCode)!;
    if (!existing) {
      const m = { ...(fields as typeof row.measure), goalId };
      const created = await tx.measure.create({
        data: {
          ...m,
          planId,
          code: row.code,
          sortOrder: sortOrderOf(row.code),
          searchText: measureSearchText({ code: row.code, ...m }),
          indicators: indicator ? { create: indicator.fields as NonNullable<typeof row.indicator> } : undefined,
        },
      });
      await log("Measure", created.id, null, { code: row.code, ...fields, indicator: indicator?.fields });
      continue;
    }
    if (Object.keys(fields).length === 0 && !indicator) continue;
    const data = { ...fields, ...("goalId" in fields ? { goalId } : {}) };
    const title = (fields.title as string | undefined) ?? existing.title;
    const body = "responsibleBody" in fields ? (fields.responsibleBody as string | null) : existing.responsibleBody;
    const description = "description" in fields ? (fields.description as string | null) : existing.description;
    await tx.measure.update({
      where: { id: existing.id, version: existing.version },
      data: {
        ...data,
        searchText: measureSearchText({ code: row.code, title, description, responsibleBody: body }),
        version: { increment: 1 },
        indicators: !indicator
          ? undefined
          : indicator.existing
            ? { update: { where: { id: indicator.existing.id }, data: indicator.fields } }
            : { create: indicator.fields as NonNullable<typeof row.indicator> },
      },
    });
    const before = Object.fromEntries(Object.keys(data).map((key) => [key, existing[key as keyof typeof existing]]));
    const indicatorBefore =
      indicator?.existing &&
      Object.fromEntries(
        Object.keys(indicator.fields).map((k) => [k, indicator.existing![k as keyof typeof indicator.existing]]),
      );
    await log(
      "Measure",
      existing.id,
      { ...before, indicator: indicatorBefore },
      { ...data, indicator: indicator?.fields },
    );
  }
}
