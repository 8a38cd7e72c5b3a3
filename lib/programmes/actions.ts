"use server";
// Saving a programme: its fields, yearly sub-targets, counted event types and place targets, in one transaction
// with one audit entry. Coordinator only ("programmes.manage").
import { audit } from "@/lib/audit";
import { defineAction } from "@/lib/actions/define-action";
import { fieldFailure, UserError } from "@/lib/actions/errors";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { archiveProgrammeSchema, programmeSchema } from "./schema";
import { auditView, checkReferences, programmeFields, replaceTargets } from "./write";

export const saveProgramme = defineAction("programmes.save", {
  permission: "programmes.manage",
  schema: programmeSchema,
  refreshes: ["programmes"],
  run: async (values, user) => {
    const { id, updatedAt } = values;
    if (!id && !values.code) fieldFailure("code", "required");
    try {
      const saved = await db.$transaction(async (tx) => {
        const before = id ? await auditView(tx, id) : null;
        if (id && !before) throw new UserError("notFound");
        await checkReferences(tx, values, before);
        const data = programmeFields(values);
        let programmeId = id;
        if (id) {
          // Conditional on the version the form was opened with: a concurrent save makes this match nothing.
          const changed = await tx.programme.updateMany({
            where: { id, ...(updatedAt ? { updatedAt: new Date(updatedAt) } : {}) },
            data,
          });
          if (changed.count === 0) throw new UserError("staleVersion");
        } else {
          const last = await tx.programme.aggregate({ _max: { sortOrder: true } });
          programmeId = (
            await tx.programme.create({
              data: { ...data, code: values.code!, sortOrder: (last._max.sortOrder ?? -1) + 1 },
            })
          ).id;
        }
        await replaceTargets(tx, programmeId!, values);
        const after = await auditView(tx, programmeId!);
        await audit(tx, {
          userId: user.id,
          action: id ? "update" : "create",
          entity: "Programme",
          entityId: programmeId,
          before,
          after,
        });
        const { updatedAt: version } = await tx.programme.findUniqueOrThrow({
          where: { id: programmeId },
          select: { updatedAt: true },
        });
        return { id: programmeId!, updatedAt: version.toISOString() }; // the form's version for its next save
      });
      return saved;
    } catch (error) {
      if (isUniqueViolation(error)) fieldFailure("code", "duplicateCode");
      throw error;
    }
  },
});

export const archiveProgramme = defineAction("programmes.archive", {
  permission: "programmes.manage",
  schema: archiveProgrammeSchema,
  refreshes: ["programmes"],
  run: async ({ id, archived }, user) =>
    await db.$transaction(async (tx) => {
      const before = await tx.programme.findUnique({ where: { id }, select: { active: true } });
      if (!before) throw new UserError("notFound");
      if (before.active !== archived) throw new UserError("invalidTransition");
      await tx.programme.update({ where: { id }, data: { active: !archived } });
      await audit(tx, {
        userId: user.id,
        action: archived ? "archive" : "restore",
        entity: "Programme",
        entityId: id,
        before,
        after: { active: !archived },
      });
      return { id, active: !archived };
    }),
});
