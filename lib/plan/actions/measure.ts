"use server";
// Measures and their indicators. Edits carry the version the editor started from: a save against a newer version is
// refused with the current values (optimistic locking, never a silent overwrite).
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { defineAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/actions/errors";
import { toDate } from "@/lib/validation/fields";
import { measureSearchText } from "@/lib/search";
import { replaceSourceTypes, sourceColumns } from "@/lib/indicators/write";
import { carryOverSchema, indicatorSchema, measureSchema } from "../schema";
import { assertCodeUnder, measureFields, withUniqueCode } from "../write";
import { measureFormValues } from "../form-values";
import { inactiveOrganisationErrors } from "@/lib/organisations/choices";
import { assertCarryable, CARRIED, carriedTerm, copyIndicators, nextCodeUnder } from "../carry-over";

export const saveMeasure = defineAction("plan.saveMeasure", {
  permission: "plan.write",
  schema: measureSchema,
  refreshes: ["plan"],
  run: async (input, user) =>
    await db.$transaction((tx) =>
      withUniqueCode(async () => {
        const goal = await tx.goal.findUnique({ where: { id: input.goalId }, include: { area: true } });
        if (!goal || goal.archivedAt) throw new UserError("notFound");
        assertCodeUnder(goal.code, input.code);
        const fields = { ...measureFields(input), goalId: goal.id };
        const partners = input.partnerIds.map((organisationId) => ({ organisationId }));
        const existing = input.id
          ? await tx.measure.findUnique({ where: { id: input.id }, include: { partners: true } })
          : null;
        const kept = existing ? [existing.responsibleOrgId, ...existing.partners.map((p) => p.organisationId)] : [];
        const inactive = await inactiveOrganisationErrors(
          tx,
          { responsibleOrgId: [input.responsibleOrgId], partnerIds: input.partnerIds },
          kept,
        );
        if (Object.keys(inactive).length) throw new UserError("validation", { fieldErrors: inactive });
        if (!input.id) {
          const sortOrder = await tx.measure.count({ where: { goalId: goal.id } });
          const created = await tx.measure.create({
            data: { ...fields, planId: goal.area.planId, sortOrder, partners: { create: partners } },
          });
          await audit(tx, {
            userId: user.id,
            action: "create",
            entity: "Measure",
            entityId: created.id,
            after: created,
          });
          return { id: created.id, version: created.version };
        }
        const before = existing;
        if (!before || before.archivedAt || before.planId !== goal.area.planId) throw new UserError("notFound");
        if (input.version === undefined) throw new UserError("validation", { fieldErrors: { version: ["required"] } });
        const { count } = await tx.measure.updateMany({
          where: { id: before.id, version: input.version },
          data: { ...fields, version: { increment: 1 } },
        });
        if (count === 0) throw new UserError("staleVersion", { current: measureFormValues(before) });
        await tx.measurePartner.deleteMany({ where: { measureId: before.id } });
        await tx.measurePartner.createMany({ data: partners.map((p) => ({ ...p, measureId: before.id })) });
        const after = await tx.measure.findUniqueOrThrow({ where: { id: before.id } });
        await audit(tx, { userId: user.id, action: "update", entity: "Measure", entityId: before.id, before, after });
        return { id: after.id, version: after.version };
      }),
    ),
});

/** Continues a measure in the next plan: a new measure linked to the old one, with its indicators and their history. */
export const carryOverMeasure = defineAction("plan.carryOverMeasure", {
  permission: "plan.write",
  schema: carryOverSchema,
  refreshes: ["plan"],
  run: async ({ measureId, goalId }, user) =>
    await db.$transaction((tx) =>
      withUniqueCode(async () => {
        const source = await tx.measure.findUnique({ where: { id: measureId }, include: CARRIED });
        const goal = await tx.goal.findUnique({
          where: { id: goalId },
          include: { area: { include: { plan: true } } },
        });
        if (!source || source.archivedAt || !goal || goal.archivedAt || goal.area.archivedAt)
          throw new UserError("notFound");
        const plan = goal.area.plan;
        assertCarryable(source, plan);
        const code = await nextCodeUnder(tx, goal);
        const {
          title,
          description,
          responsibleBody,
          responsibleOrgId,
          plannedBudgetHaler,
          fundingSources,
          progressPercent,
          weight,
        } = source;
        const created = await tx.measure.create({
          data: {
            code,
            goalId,
            planId: plan.id,
            carriedOverFromId: source.id,
            status: "IN_PROGRESS",
            title,
            description,
            responsibleBody,
            responsibleOrgId,
            ...carriedTerm(source.deadline, plan),
            plannedBudgetHaler,
            fundingSources,
            progressPercent,
            weight,
            sortOrder: await tx.measure.count({ where: { goalId } }),
            searchText: measureSearchText({ code, title, description, responsibleBody }),
            partners: { create: source.partners },
          },
        });
        const copied = await copyIndicators(tx, source.indicators, created.id);
        await audit(tx, {
          userId: user.id,
          action: "carry_over",
          entity: "Measure",
          entityId: created.id,
          before: { from: source.id },
          after: { ...created, copied },
        });
        return { id: created.id };
      }),
    ),
});

export const saveIndicator = defineAction("plan.saveIndicator", {
  permission: "plan.write",
  schema: indicatorSchema,
  refreshes: ["plan"],
  run: async (
    {
      id,
      measureId,
      yearlyTargets,
      source,
      sourceProgrammeId,
      sourcePlaceId,
      sourceTypeIds,
      sourceCareKind,
      sourceCareFigure,
      ...values
    },
    user,
  ) =>
    await db.$transaction(async (tx) => {
      const measure = await tx.measure.findUnique({ where: { id: measureId } });
      const before = id
        ? await tx.indicator.findUnique({ where: { id }, include: { yearlyTargets: true, sourceTypes: true } })
        : null;
      if (!measure || measure.archivedAt || (id && before?.measureId !== measureId)) throw new UserError("notFound");
      const { columns, types } = await sourceColumns(tx, {
        source,
        sourceProgrammeId,
        sourcePlaceId,
        sourceTypeIds,
        sourceCareKind,
        sourceCareFigure,
      });
      const data = { ...values, ...columns, targetDate: toDate(values.targetDate)! };
      const indicator = id
        ? await tx.indicator.update({ where: { id }, data })
        : await tx.indicator.create({
            data: { ...data, measureId, sortOrder: await tx.indicator.count({ where: { measureId } }) },
          });
      await tx.indicatorYearTarget.deleteMany({ where: { indicatorId: indicator.id } });
      await tx.indicatorYearTarget.createMany({
        data: yearlyTargets.map((t) => ({ ...t, indicatorId: indicator.id })),
      });
      await replaceSourceTypes(tx, indicator.id, types);
      await audit(tx, {
        userId: user.id,
        action: id ? "update" : "create",
        entity: "Indicator",
        entityId: indicator.id,
        before,
        after: { ...indicator, yearlyTargets, sourceTypes: types },
      });
      return { id: indicator.id };
    }),
});
