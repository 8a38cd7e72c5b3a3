import "server-only";
// Values of computed indicators, read from their sources as of a day: a recruitment programme's counted events
// (the same rule and tallies as the programme page), the care statistics, or the measure's action-plan activities.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { countedEventWhere } from "@/lib/programmes/counting";
import { byYear, cumulativeByQuarter, type DatedValue, type DayCount } from "./series";
import type { IndicatorSourceFields } from "./source";

export type ComputedIndicator = IndicatorSourceFields & { id: string; measureId: string };

const CARE_FIELD = {
  APPLICATIONS_FILED: "applicationsFiled",
  APPLICANTS_REGISTERED: "applicantsRegistered",
  CHILDREN_PLACED: "childrenPlaced",
} as const;

/** The dated history of each computed indicator up to `asOf` (manual ones are left out), keyed by indicator id. */
export async function computedValues(indicators: ComputedIndicator[], asOf: Date): Promise<Map<string, DatedValue[]>> {
  const computed = indicators.filter((i) => i.source !== "MANUAL");
  const entries = await Promise.all(computed.map(async (i) => [i.id, await valuesOf(i, asOf)] as const));
  return new Map(entries);
}

function valuesOf(i: ComputedIndicator, asOf: Date): Promise<DatedValue[]> {
  if (i.source === "PROGRAMME") return programmeValues(i, asOf);
  if (i.source === "CARE_STATISTICS") return careValues(i, asOf);
  return actionPlanValues(i, asOf);
}

async function programmeValues(i: ComputedIndicator, asOf: Date): Promise<DatedValue[]> {
  if (!i.sourceProgrammeId) return [];
  const programme = await db.programme.findUnique({
    where: { id: i.sourceProgrammeId },
    include: { countedTypes: true },
  });
  if (!programme) return [];
  let days: DayCount[];
  if (!i.sourceTypeIds.length && !i.sourcePlaceId) {
    // The whole programme: the per-day tally the dashboard and the programme page read.
    const rows = await db.countedEventDay.findMany({
      where: { programmeId: programme.id },
      select: { day: true, count: true },
    });
    days = rows.map((d) => ({ day: new Date(`${d.day}T00:00:00Z`), count: d.count }));
  } else {
    const counted = countedEventWhere({
      id: programme.id,
      countedTypeIds: programme.countedTypes.map((t) => t.eventTypeId),
    });
    const where: Prisma.RecruitmentEventWhereInput = {
      AND: [
        counted,
        i.sourceTypeIds.length ? { eventTypeId: { in: i.sourceTypeIds } } : {},
        i.sourcePlaceId ? await placeFilter(i.sourcePlaceId) : {},
      ],
    };
    const rows = await db.recruitmentEvent.groupBy({ by: ["startDate"], where, _count: true });
    days = rows.map((r) => ({ day: r.startDate, count: r._count }));
  }
  // The history runs to the period's end (or a later counted event), never past `asOf`.
  const lastDay = Math.max(programme.periodEnd.getTime(), ...days.map((d) => d.day.getTime()));
  return cumulativeByQuarter(days, programme.periodStart, new Date(Math.min(lastDay, asOf.getTime())));
}

/** A district counts the events in its ORPs and at the district itself; any other place, the events placed there. */
async function placeFilter(placeId: string): Promise<Prisma.RecruitmentEventWhereInput> {
  const place = await db.place.findUnique({ where: { id: placeId }, select: { kind: true } });
  return place?.kind === "DISTRICT" ? { OR: [{ placeId }, { place: { parentId: placeId } }] } : { placeId };
}

async function careValues(i: ComputedIndicator, asOf: Date): Promise<DatedValue[]> {
  if (!i.sourceCareFigure) return [];
  const field = CARE_FIELD[i.sourceCareFigure];
  const rows = await db.careStatistic.groupBy({
    by: ["year"],
    where: { quarter: 0, ...(i.sourceCareKind ? { careKind: i.sourceCareKind } : {}), [field]: { not: null } },
    _sum: { [field]: true },
  });
  return byYear(
    rows.map((r) => ({ year: r.year, value: Number((r._sum as Record<string, number | null>)[field] ?? 0) })),
    asOf,
  );
}

async function actionPlanValues(i: ComputedIndicator, asOf: Date): Promise<DatedValue[]> {
  const rows = await db.actionPlanActivity.findMany({
    where: { measureId: i.measureId, status: "COMPLETED", archivedAt: null },
    select: { actionPlan: { select: { year: true } } },
  });
  const perYear = new Map<number, number>();
  for (const r of rows) perYear.set(r.actionPlan.year, (perYear.get(r.actionPlan.year) ?? 0) + 1);
  return byYear(
    [...perYear].map(([year, value]) => ({ year, value })),
    asOf,
    true,
  );
}
