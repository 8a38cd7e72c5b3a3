"use server";
// Server actions of yearly action plans. Every one: coordinator only ("actionPlans.write"), zod-validated, one
// transaction with its audit entry, then the plan pages are revalidated.
//
// Approval freezes the plan's content, not its monitoring: the Council approves a list of activities with their
// budgets, so an APPROVED action plan accepts no new activities, no archiving and no change of planned budget
// (that would be an amendment needing a new resolution); the coordinator still records each activity's status and
// spent budget through the year. Approval is one-way for the same reason.
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { defineAction } from "@/lib/actions/define-action";
import { fieldFailure, UserError } from "@/lib/actions/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import { unassignableOrganisations } from "@/lib/organisations/choices";
import {
  approveActionPlanSchema,
  activityRefSchema,
  addActivitySchema,
  copyUnfinishedSchema,
  createActionPlanSchema,
  toDate,
  toHaler,
  updateActivitySchema,
} from "./schema";
import { activityAudit, liveActivity, lockActionPlan } from "./write";
import { copyUnfinishedIn } from "./copy";
import { now } from "@/lib/clock";

export const createActionPlan = defineAction("actionPlans.create", {
  permission: "actionPlans.write",
  schema: createActionPlanSchema,
  refreshes: ["plan"],
  run: async ({ planId, year }, user) => {
    try {
      return await db.$transaction(async (tx) => {
        const plan = await tx.plan.findUnique({ where: { id: planId } });
        if (!plan) throw new UserError("notFound");
        if (year < plan.yearFrom || year > plan.yearTo) fieldFailure("year", "yearOutsidePlan");
        const created = await tx.actionPlan.create({ data: { planId, year } });
        await audit(tx, {
          userId: user.id,
          action: "create",
          entity: "ActionPlan",
          entityId: created.id,
          after: { planId, year, state: created.state },
        });
        return { id: created.id };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new UserError("conflict");
      throw error;
    }
  },
});

export const updateActionPlan = defineAction("actionPlans.update", {
  permission: "actionPlans.write",
  schema: approveActionPlanSchema,
  refreshes: ["plan"],
  run: async ({ actionPlanId, state, approvedOn, resolutionNo }, user) =>
    await db.$transaction(async (tx) => {
      const before = await lockActionPlan(tx, actionPlanId);
      if (before.state !== "DRAFT" || state !== "APPROVED") throw new UserError("invalidTransition");
      const date = toDate(approvedOn)!;
      // Approved in the autumn before the year at the earliest, and within the year at the latest.
      if (date.getUTCFullYear() < before.year - 1 || date.getUTCFullYear() > before.year)
        fieldFailure("approvedOn", "approvedOnOutsideYear");
      const after = await tx.actionPlan.update({
        where: { id: actionPlanId },
        data: { state, approvedOn: date, resolutionNo },
      });
      const fields = (p: typeof after) => ({
        state: p.state,
        approvedOn: p.approvedOn,
        resolutionNo: p.resolutionNo,
      });
      await audit(tx, {
        userId: user.id,
        action: "approve",
        entity: "ActionPlan",
        entityId: actionPlanId,
        before: fields(before),
        after: fields(after),
      });
      return { id: actionPlanId, state: after.state };
    }),
});

export const addActivity = defineAction("actionPlans.addActivity", {
  permission: "actionPlans.write",
  schema: addActivitySchema,
  refreshes: ["plan"],
  run: async (input, user) =>
    await db.$transaction(async (tx) => {
      const actionPlan = await lockActionPlan(tx, input.actionPlanId);
      if (actionPlan.state === "APPROVED") throw new UserError("invalidTransition");
      const measure = await tx.measure.findUnique({ where: { id: input.measureId } });
      if (!measure || measure.planId !== actionPlan.planId || measure.archivedAt)
        fieldFailure("measureId", "measureNotInPlan");
      const organisationId = input.organisationId || null;
      if ((await unassignableOrganisations(tx, [organisationId])).size) fieldFailure("organisationId", "invalid_value");
      const last = await tx.actionPlanActivity.aggregate({
        where: { actionPlanId: actionPlan.id },
        _max: { sortOrder: true },
      });
      const created = await tx.actionPlanActivity.create({
        data: {
          actionPlanId: actionPlan.id,
          measureId: input.measureId,
          title: input.title,
          description: input.description || null,
          responsible: input.responsible,
          organisationId,
          plannedBudgetHaler: toHaler(input.plannedBudget),
          indicatorText: input.indicatorText || null,
          status: input.status,
          sortOrder: (last._max.sortOrder ?? -1) + 1,
        },
      });
      await audit(tx, {
        userId: user.id,
        action: "create",
        entity: "ActionPlanActivity",
        entityId: created.id,
        after: activityAudit(created),
      });
      return { id: created.id };
    }),
});

export const updateActivity = defineAction("actionPlans.updateActivity", {
  permission: "actionPlans.write",
  schema: updateActivitySchema,
  refreshes: ["plan"],
  run: async ({ activityId, status, spentBudget, plannedBudget }, user) =>
    await db.$transaction(async (tx) => {
      const before = await liveActivity(tx, activityId);
      const actionPlan = await lockActionPlan(tx, before.actionPlanId);
      const planned = plannedBudget === undefined ? before.plannedBudgetHaler : toHaler(plannedBudget);
      if (actionPlan.state === "APPROVED" && planned !== before.plannedBudgetHaler)
        fieldFailure("plannedBudget", "approvedBudgetLocked");
      const after = await tx.actionPlanActivity.update({
        where: { id: activityId },
        data: {
          status,
          plannedBudgetHaler: planned,
          spentBudgetHaler: spentBudget === undefined ? before.spentBudgetHaler : toHaler(spentBudget),
        },
      });
      await audit(tx, {
        userId: user.id,
        action: "update",
        entity: "ActionPlanActivity",
        entityId: activityId,
        before: activityAudit(before),
        after: activityAudit(after),
      });
      return { id: activityId, status: after.status };
    }),
});

/** No hard delete: an archived activity drops out of the plan and its roll-up but stays in the database and audit. */
export const archiveActivity = defineAction("actionPlans.archiveActivity", {
  permission: "actionPlans.write",
  schema: activityRefSchema,
  refreshes: ["plan"],
  run: async ({ activityId }, user) =>
    await db.$transaction(async (tx) => {
      const before = await liveActivity(tx, activityId);
      const actionPlan = await lockActionPlan(tx, before.actionPlanId);
      if (actionPlan.state === "APPROVED") throw new UserError("invalidTransition"); // cancel it instead
      const after = await tx.actionPlanActivity.update({
        where: { id: activityId },
        data: { archivedAt: now() },
      });
      await audit(tx, {
        userId: user.id,
        action: "archive",
        entity: "ActionPlanActivity",
        entityId: activityId,
        before: activityAudit(before),
        after: activityAudit(after),
      });
      return { id: activityId };
    }),
});

/** Unfinished activities into next year's draft (created when missing); running it again copies nothing twice. */
export const copyUnfinished = defineAction("actionPlans.copyUnfinished", {
  permission: "actionPlans.write",
  schema: copyUnfinishedSchema,
  refreshes: ["plan"],
  run: async ({ fromActionPlanId }, user) =>
    await db.$transaction((tx) => copyUnfinishedIn(tx, fromActionPlanId, user.id)),
});
