import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";

/** What the area/goal form needs: the node (when editing) and its parent. `id` "nova"/"novy" means a new one. */
export async function nodeFormData(kind: "area" | "goal", id: string, parentId: string | undefined) {
  if (kind === "area") {
    const area = id === "nova" ? null : await db.priorityArea.findUnique({ where: { id } });
    const plan = await db.plan.findUnique({ where: { id: area?.planId ?? parentId ?? "" } });
    if (!plan || (id !== "nova" && !area)) notFound();
    return { node: area, parentId: plan.id, parentName: plan.name, codeExample: "", planId: plan.id };
  }
  const goal = id === "novy" ? null : await db.goal.findUnique({ where: { id } });
  const area = await db.priorityArea.findUnique({ where: { id: goal?.areaId ?? parentId ?? "" } });
  if (!area || (id !== "novy" && !goal)) notFound();
  return {
    node: goal,
    parentId: area.id,
    parentName: `${area.code} ${area.title}`,
    codeExample: `${area.code}.1`,
    planId: area.planId,
  };
}
