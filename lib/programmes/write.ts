import "server-only";
// Helpers of the programme save action, used inside its transaction.
import { fieldFailure } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";
import { toDate } from "@/lib/validation/fields";
import type { ProgrammeValues } from "./schema";

export const programmeFields = (v: ProgrammeValues) => ({
  name: v.name,
  description: v.description || null,
  periodStart: toDate(v.periodStart)!,
  periodEnd: toDate(v.periodEnd)!,
  totalTarget: v.totalTarget,
  participants: v.participants ?? null,
});

type Period = { periodStart: Date; periodEnd: Date };
const outside = ({ periodStart, periodEnd }: Period) => ({
  OR: [{ startDate: { lt: periodStart } }, { startDate: { gt: periodEnd } }, { endDate: { gt: periodEnd } }],
});
const inside = ({ periodStart, periodEnd }: Period) => ({
  startDate: { gte: periodStart, lte: periodEnd },
  OR: [{ endDate: null }, { endDate: { lte: periodEnd } }],
});

/** Counted types and target places must exist; a new period must not leave out events that were inside the old one. */
export async function checkReferences(tx: Tx, v: ProgrammeValues, before: Period | null) {
  const placeIds = v.placeTargets.map((t) => t.placeId);
  const [types, places] = await Promise.all([
    tx.eventType.count({ where: { id: { in: v.countedTypeIds } } }),
    tx.place.count({ where: { id: { in: placeIds } } }),
  ]);
  if (types !== v.countedTypeIds.length) fieldFailure("countedTypeIds", "unknownType");
  if (places !== placeIds.length) fieldFailure("placeTargets", "unknownPlace");
  if (!v.id || !before) return;
  const left = await tx.recruitmentEvent.count({
    where: { programmeId: v.id, archivedAt: null, AND: [outside(programmeFields(v)), inside(before)] },
  });
  if (left > 0) fieldFailure("periodStart", `eventsOutsidePeriod|${left}`);
}

/** Replaces the programme's yearly and place targets and counted types with the form's (a blank target = none). */
export async function replaceTargets(tx: Tx, programmeId: string, v: ProgrammeValues) {
  const where = { programmeId };
  await tx.programmeYearTarget.deleteMany({ where });
  await tx.programmePlaceTarget.deleteMany({ where });
  await tx.programmeEventType.deleteMany({ where });
  const years = v.yearTargets.flatMap((y) =>
    y.target === undefined ? [] : [{ programmeId, year: y.year, target: y.target }],
  );
  const places = v.placeTargets.flatMap((t) =>
    t.target === undefined ? [] : [{ programmeId, placeId: t.placeId, target: t.target }],
  );
  await tx.programmeYearTarget.createMany({ data: years });
  await tx.programmePlaceTarget.createMany({ data: places });
  await tx.programmeEventType.createMany({
    data: v.countedTypeIds.map((eventTypeId) => ({ programmeId, eventTypeId })),
  });
}

/** A programme as the audit log records it: fields, targets and counted types. */
export async function auditView(tx: Tx, id: string) {
  const p = await tx.programme.findUnique({
    where: { id },
    include: { yearTargets: true, placeTargets: true, countedTypes: true },
  });
  if (!p) return null;
  return {
    code: p.code,
    name: p.name,
    description: p.description,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    totalTarget: p.totalTarget,
    participants: p.participants,
    yearTargets: Object.fromEntries(p.yearTargets.sort((a, b) => a.year - b.year).map((y) => [y.year, y.target])),
    placeTargets: Object.fromEntries(
      p.placeTargets.sort((a, b) => a.placeId.localeCompare(b.placeId)).map((t) => [t.placeId, t.target]),
    ),
    countedTypeIds: p.countedTypes.map((t) => t.eventTypeId).sort(),
  };
}
