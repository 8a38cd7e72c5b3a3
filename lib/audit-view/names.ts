import "server-only";
// Names and pages of the records an audit page mentions: the entries' own records and the ids in their fields,
// read with one query per kind of record for the whole page, never one per entry.
import type { Locale } from "@/i18n/config";
import { db } from "@/lib/db";
import type { AuditRow, NameOf, RecordName } from "./describe";
import { parseJson, refKindOf } from "./describe";
import { fieldSpec, type RefKind } from "./fields";

type Found = [string, RecordName][];
const where = (ids: string[]) => ({ where: { id: { in: ids } } });

const LOADERS: Record<RefKind, (ids: string[], locale: Locale) => Promise<Found>> = {
  RecruitmentEvent: async (ids) =>
    (await db.recruitmentEvent.findMany({ ...where(ids), select: { id: true, title: true } })).map((r) => [
      r.id,
      { name: r.title, href: `/nabor/akce/${r.id}` },
    ]),
  Measure: async (ids) =>
    (await db.measure.findMany({ ...where(ids), select: { id: true, code: true, title: true } })).map((r) => [
      r.id,
      { name: `${r.code} ${r.title}`, href: `/strategicky-plan/opatreni/${r.id}` },
    ]),
  Programme: async (ids) =>
    (await db.programme.findMany({ ...where(ids), select: { id: true, name: true } })).map((r) => [
      r.id,
      { name: r.name, href: `/nabor/programy/${r.id}` },
    ]),
  Plan: async (ids) =>
    (await db.plan.findMany({ ...where(ids), select: { id: true, name: true } })).map((r) => [
      r.id,
      { name: r.name, href: `/strategicky-plan/plany/${r.id}` },
    ]),
  PriorityArea: async (ids) =>
    (await db.priorityArea.findMany({ ...where(ids), select: { id: true, code: true, title: true } })).map((r) => [
      r.id,
      { name: `${r.code} ${r.title}`, href: `/strategicky-plan/oblasti/${r.id}` },
    ]),
  Goal: async (ids) =>
    (await db.goal.findMany({ ...where(ids), select: { id: true, code: true, title: true } })).map((r) => [
      r.id,
      { name: `${r.code} ${r.title}`, href: `/strategicky-plan/cile/${r.id}` },
    ]),
  Indicator: async (ids) =>
    (await db.indicator.findMany({ ...where(ids), select: { id: true, name: true, measureId: true } })).map((r) => [
      r.id,
      { name: r.name, href: `/strategicky-plan/opatreni/${r.measureId}` },
    ]),
  ActionPlan: async (ids) =>
    (
      await db.actionPlan.findMany({
        ...where(ids),
        select: { id: true, year: true, plan: { select: { name: true } } },
      })
    ).map((r) => [r.id, { name: `${r.year} (${r.plan.name})`, href: `/strategicky-plan/akcni-plany/${r.id}` }]),
  ActionPlanActivity: async (ids) =>
    (
      await db.actionPlanActivity.findMany({ ...where(ids), select: { id: true, title: true, actionPlanId: true } })
    ).map((r) => [r.id, { name: r.title, href: `/strategicky-plan/akcni-plany/${r.actionPlanId}` }]),
  Campaign: async (ids) =>
    (await db.campaign.findMany({ ...where(ids), select: { id: true, name: true } })).map((r) => [
      r.id,
      { name: r.name, href: `/nabor/kampane/${r.id}` },
    ]),
  EventType: async (ids, locale) =>
    (await db.eventType.findMany({ ...where(ids), select: { id: true, nameCs: true, nameEn: true } })).map((r) => [
      r.id,
      { name: locale === "cs" ? r.nameCs : r.nameEn, href: `/sprava/typy-akci/${r.id}` },
    ]),
  // No page shows one user: a person is named, not linked.
  User: async (ids) =>
    (await db.user.findMany({ ...where(ids), select: { id: true, name: true } })).map((r) => [r.id, { name: r.name }]),
  Organisation: async (ids) =>
    (await db.organisation.findMany({ ...where(ids), select: { id: true, name: true } })).map((r) => [
      r.id,
      { name: r.name, href: `/nabor/organizace/${r.id}` },
    ]),
  Place: async (ids) =>
    (await db.place.findMany({ ...where(ids), select: { id: true, name: true } })).map((r) => [r.id, { name: r.name }]),
  Evaluation: async (ids) =>
    (
      await db.evaluation.findMany({
        ...where(ids),
        select: { id: true, year: true, planId: true, plan: { select: { name: true } } },
      })
    ).map((r) => [r.id, { name: `${r.year} (${r.plan.name})`, href: `/reporty/hodnoceni/${r.planId}/${r.year}` }]),
};

/** Every record id the entries refer to, by kind. */
export function idsOf(rows: Pick<AuditRow, "entity" | "entityId" | "before" | "after">[]): Map<RefKind, Set<string>> {
  const ids = new Map<RefKind, Set<string>>();
  const add = (kind: RefKind, id: unknown) => {
    if (typeof id === "string" && id) (ids.get(kind) ?? ids.set(kind, new Set()).get(kind)!).add(id);
  };
  const walk = (entity: string, value: unknown) => {
    if (Array.isArray(value)) return value.forEach((v) => walk(entity, v));
    if (typeof value !== "object" || value === null) return;
    for (const [field, v] of Object.entries(value)) {
      const ref = fieldSpec(entity, field).ref;
      if (ref) (Array.isArray(v) ? v : [v]).forEach((id) => add(ref, id));
      else walk(entity, v);
    }
  };
  for (const row of rows) {
    const kind = refKindOf(row.entity);
    if (kind) add(kind, row.entityId);
    walk(row.entity, parseJson(row.before));
    walk(row.entity, parseJson(row.after));
  }
  return ids;
}

export async function loadNames(rows: AuditRow[], locale: Locale): Promise<NameOf> {
  const found = await Promise.all(
    [...idsOf(rows)].map(async ([kind, set]) =>
      (await LOADERS[kind]([...set], locale)).map(([id, name]) => [`${kind}:${id}`, name] as const),
    ),
  );
  const names = new Map(found.flat());
  return (kind, id) => names.get(`${kind}:${id}`);
}
