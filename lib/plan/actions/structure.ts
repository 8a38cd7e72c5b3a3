"use server";
// Plans, priority areas and goals: create, edit, reorder, archive (nothing with history is deleted).
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { defineAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/actions/errors";
import { toDate } from "@/lib/validation/fields";
import { archiveSchema, moveSchema, nodeSchema, planSchema } from "../schema";
import { assertCodeUnder, withUniqueCode } from "../write";
import { nodeModel, parentCodeOf } from "../nodes";
import { now } from "@/lib/clock";

export const savePlan = defineAction("plan.savePlan", {
  permission: "planPeriods.manage",
  schema: planSchema,
  refreshes: ["plan"],
  run: async ({ id, ...p }, user) => {
    const data = {
      name: p.name,
      yearFrom: p.yearFrom,
      yearTo: p.yearTo,
      state: p.state,
      adoptedOn: toDate(p.adoptedOn),
      adoptedBy: p.adoptedBy || null,
      resolutionNo: p.resolutionNo || null,
      previousPlanId: p.previousPlanId || null,
    };
    return await db.$transaction(async (tx) => {
      const before = id ? await tx.plan.findUnique({ where: { id } }) : null;
      if (id && !before) throw new UserError("notFound");
      const plan = id ? await tx.plan.update({ where: { id }, data }) : await tx.plan.create({ data });
      await audit(tx, {
        userId: user.id,
        action: id ? "update" : "create",
        entity: "Plan",
        entityId: plan.id,
        before,
        after: plan,
      });
      return { id: plan.id };
    });
  },
});

/** A priority area (parent: the plan) or a goal (parent: the area); its code must continue the parent's. */
export const saveNode = defineAction("plan.saveNode", {
  permission: "plan.write",
  schema: nodeSchema,
  refreshes: ["plan"],
  run: async ({ kind, id, parentId, code, title, description }, user) =>
    await db.$transaction((tx) =>
      withUniqueCode(async () => {
        assertCodeUnder(await parentCodeOf(tx, kind, parentId), code);
        const model = nodeModel(tx, kind);
        const before = id ? await model.findUnique({ id }) : null;
        if (id && (!before || before.parentId !== parentId)) throw new UserError("notFound");
        const data = { code, title, description: description || null };
        const node = id
          ? await model.update(id, data)
          : await model.create(parentId, { ...data, sortOrder: (await model.children(parentId)).length });
        await audit(tx, {
          userId: user.id,
          action: id ? "update" : "create",
          entity: kind,
          entityId: node.id,
          before,
          after: node,
        });
        return { id: node.id };
      }),
    ),
});

export const archiveNode = defineAction("plan.archiveNode", {
  permission: "plan.write",
  schema: archiveSchema,
  refreshes: ["plan"],
  run: async ({ kind, id }, user) =>
    await db.$transaction(async (tx) => {
      const model = nodeModel(tx, kind);
      const before = await model.findUnique({ id });
      if (!before || before.archivedAt) throw new UserError("notFound");
      await model.update(id, { archivedAt: now() });
      await audit(tx, { userId: user.id, action: "archive", entity: kind, entityId: id, before });
      return { id };
    }),
});

/** Swaps the node with its neighbour above or below. */
export const moveNode = defineAction("plan.moveNode", {
  permission: "plan.write",
  schema: moveSchema,
  refreshes: ["plan"],
  run: async ({ kind, id, direction }, user) =>
    await db.$transaction(async (tx) => {
      const model = nodeModel(tx, kind);
      const node = await model.findUnique({ id });
      if (!node || node.archivedAt) throw new UserError("notFound");
      const order = (await model.children(node.parentId)).map((n) => n.id);
      const from = order.indexOf(id);
      const to = direction === "up" ? from - 1 : from + 1;
      if (to < 0 || to >= order.length) return { id };
      [order[from], order[to]] = [order[to], order[from]];
      for (const [sortOrder, nodeId] of order.entries()) await model.update(nodeId, { sortOrder });
      await audit(tx, { userId: user.id, action: "reorder", entity: kind, entityId: id, after: { order } });
      return { id };
    }),
});
