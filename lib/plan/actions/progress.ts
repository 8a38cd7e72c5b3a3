"use server";
// Progress updates (průběžné zprávy): text, optional new status / progress, new indicator values and an attachment.
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { defineAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/actions/errors";
import { checkUploads } from "@/lib/files/check";
import { isComputed } from "@/lib/indicators/source";
import { toDate } from "@/lib/validation/fields";
import { reportsOn } from "../reporting";
import { progressUpdateSchema } from "../schema";

export const postProgressUpdate = defineAction("plan.postProgressUpdate", {
  permission: "progress.post",
  schema: progressUpdateSchema,
  refreshes: ["plan"],
  run: async ({ measureId, text, status, statusReason, progressPercent, values, attachments }, user) => {
    const files = await checkUploads(attachments);
    const result = await db.$transaction(async (tx) => {
      const measure = await tx.measure.findUnique({
        where: { id: measureId },
        include: { indicators: { select: { id: true, source: true } } },
      });
      if (!measure || measure.archivedAt) throw new UserError("notFound");
      if (!reportsOn(user, measure)) throw new UserError("forbidden");
      const own = new Set(measure.indicators.map((i) => i.id));
      const foreign = values.findIndex((v) => !own.has(v.indicatorId));
      if (foreign >= 0)
        throw new UserError("validation", { fieldErrors: { [`values.${foreign}.indicatorId`]: ["invalid_value"] } });
      const computed = new Set(measure.indicators.filter(isComputed).map((i) => i.id));
      const typedIntoComputed = values.findIndex((v) => computed.has(v.indicatorId));
      if (typedIntoComputed >= 0)
        throw new UserError("validation", {
          fieldErrors: { [`values.${typedIntoComputed}.value`]: ["computedIndicator"] },
        });

      const update = await tx.progressUpdate.create({
        data: {
          measureId,
          authorId: user.id,
          text,
          statusBefore: measure.status,
          statusAfter: status || null,
          progressPercent: progressPercent ?? null,
          createdAt: now(), // lib/tasks compares it with the quarter, which lib/clock gives
        },
      });
      if (status || progressPercent !== undefined) {
        await tx.measure.update({
          where: { id: measureId },
          data: {
            ...(status ? { status, statusReason: statusReason || null } : {}),
            ...(progressPercent !== undefined ? { progressPercent } : {}),
            version: { increment: 1 },
          },
        });
      }
      await tx.indicatorValue.createMany({
        data: values.map((v) => ({
          indicatorId: v.indicatorId,
          value: v.value,
          measuredOn: toDate(v.measuredOn)!,
          source: v.source || null,
          note: v.note || null,
          progressUpdateId: update.id,
          createdById: user.id,
        })),
      });
      for (const file of files)
        await tx.attachment.create({ data: { ...file, uploadedById: user.id, progressUpdateId: update.id } });
      await audit(tx, {
        userId: user.id,
        action: "progress_update",
        entity: "Measure",
        entityId: measureId,
        before: { status: measure.status, progressPercent: measure.progressPercent },
        after: {
          status: status || measure.status,
          progressPercent: progressPercent ?? measure.progressPercent,
          values,
          update: update.id,
          attachments: files.map((f) => f.fileName),
        },
      });
      return { id: update.id };
    });
    return result;
  },
});
