"use server";
// Server actions of the recruitment module: log/edit an event, submit, archive, review.
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { defineAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/actions/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import { checkUploads } from "@/lib/files/check";
import { z } from "@/lib/validation";
import { canEditEvent, loggingOrganisation } from "./access";
import { eventFields } from "./event-write";
import { reviewSubmittedEvent } from "./review";
import { commentRow } from "@/lib/conversation/write";
import { eventRuleErrors } from "./rules";
import { inactiveOrganisationErrors } from "@/lib/organisations/choices";
import { eventSchema, reviewEventSchema } from "./schema";
import { now } from "@/lib/clock";

/** Logs a new event or edits one. A repeated create with the same idempotency key returns the first event. */
export const saveEvent = defineAction("recruitment.saveEvent", {
  permission: "event.log",
  schema: eventSchema,
  refreshes: ["recruitment"],
  run: async (input, user) => {
    const files = await checkUploads(input.attachments);
    const replay = () =>
      input.idempotencyKey && !input.id
        ? db.recruitmentEvent.findUnique({ where: { idempotencyKey: input.idempotencyKey } })
        : null;
    const earlier = await replay();
    if (earlier) return { id: earlier.id, version: earlier.version, status: earlier.status };
    try {
      return await db.$transaction(async (tx) => {
        const fieldErrors = await eventRuleErrors(tx, input);
        if (Object.keys(fieldErrors).length) throw new UserError("validation", { fieldErrors });
        const fixed = loggingOrganisation(user);
        const organisationId = fixed === undefined ? input.organisationId : fixed;
        if (!organisationId) throw new UserError("validation", { fieldErrors: { organisationId: ["required"] } });
        const before = input.id ? await tx.recruitmentEvent.findUnique({ where: { id: input.id } }) : null;
        if (input.id && !before) throw new UserError("notFound");
        if (before && !canEditEvent(user, before)) throw new UserError("forbidden");
        const kept = before
          ? [
              before.organisationId,
              ...(await tx.recruitmentEventPartner.findMany({ where: { eventId: before.id } })).map(
                (p) => p.organisationId,
              ),
            ]
          : [];
        const inactive = await inactiveOrganisationErrors(
          tx,
          { organisationId: fixed === undefined ? [organisationId] : [], partnerIds: input.partnerIds },
          kept,
        );
        if (Object.keys(inactive).length) throw new UserError("validation", { fieldErrors: inactive });
        const fields = { ...eventFields(input), organisationId };
        const partners = input.partnerIds.filter((p) => p !== organisationId).map((p) => ({ organisationId: p }));
        let saved;
        if (!before) {
          saved = await tx.recruitmentEvent.create({
            data: {
              ...fields,
              status: input.submit ? "SUBMITTED" : "DRAFT",
              createdById: user.id,
              idempotencyKey: input.idempotencyKey,
              partners: { create: partners },
            },
          });
        } else {
          const status = before.status === "CONFIRMED" || !input.submit ? before.status : "SUBMITTED";
          const { count } = await tx.recruitmentEvent.updateMany({
            where: { id: before.id, version: input.version ?? -1 },
            data: { ...fields, status, version: { increment: 1 } },
          });
          if (count === 0) throw new UserError("staleVersion");
          await tx.recruitmentEventPartner.deleteMany({ where: { eventId: before.id } });
          await tx.recruitmentEventPartner.createMany({ data: partners.map((p) => ({ ...p, eventId: before.id })) });
          saved = await tx.recruitmentEvent.findUniqueOrThrow({ where: { id: before.id } });
        }
        for (const file of files)
          await tx.attachment.create({ data: { ...file, uploadedById: user.id, recruitmentEventId: saved.id } });
        // Sending a returned event again answers the coordinator in the event's thread (the answer may be empty).
        const answer =
          before?.status === "RETURNED" && saved.status === "SUBMITTED"
            ? await tx.comment.create({
                data: commentRow({ eventId: saved.id, authorId: user.id, kind: "RESUBMITTED", text: input.answer }),
              })
            : null;
        await audit(tx, {
          userId: user.id,
          action: before ? "update" : "create",
          entity: "RecruitmentEvent",
          entityId: saved.id,
          before,
          after: { ...saved, attachments: files.map((f) => f.fileName), commentId: answer?.id },
        });
        return { id: saved.id, version: saved.version, status: saved.status };
      });
    } catch (error) {
      const concurrent = isUniqueViolation(error) ? await replay() : null;
      if (concurrent) return { id: concurrent.id, version: concurrent.version, status: concurrent.status };
      throw error;
    }
  },
});

/** Archives an event (never deleted): its own organisation before confirmation, the coordinator at any time. */
export const archiveEvent = defineAction("recruitment.archiveEvent", {
  permission: "event.log",
  schema: z.object({ eventId: z.string().min(1).max(64) }),
  refreshes: ["recruitment"],
  run: async ({ eventId }, user) =>
    await db.$transaction(async (tx) => {
      const before = await tx.recruitmentEvent.findUnique({ where: { id: eventId } });
      if (!before || before.archivedAt) throw new UserError("notFound");
      if (!canEditEvent(user, before)) throw new UserError("forbidden");
      await tx.recruitmentEvent.update({
        where: { id: eventId },
        data: { archivedAt: now(), version: { increment: 1 } },
      });
      await audit(tx, { userId: user.id, action: "archive", entity: "RecruitmentEvent", entityId: eventId, before });
      return { id: eventId };
    }),
});

/** The coordinator confirms a submitted event (it then counts toward targets) or returns it with a comment. */
export const reviewEvent = defineAction("recruitment.reviewEvent", {
  permission: "event.review",
  schema: reviewEventSchema,
  refreshes: ["recruitment"],
  run: async (input, user) => await db.$transaction((tx) => reviewSubmittedEvent(tx, user, input)),
});
