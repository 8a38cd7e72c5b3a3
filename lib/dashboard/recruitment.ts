import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { countedEventWhere } from "@/lib/programmes/counting";
import { forecastFact, slicePeriod, sliceShape, sliceTarget, type ProgrammeShape } from "@/lib/signal";
import { burnUp, forecast, type DayCount } from "./forecast";
import { byName, sortByName } from "@/lib/sort/collate";
import { now } from "@/lib/clock";

/** `placeId`: an ORP, or a district (its ORPs' events and those placed on the district itself). */
export type DashboardFilters = {
  programmeId?: string;
  year?: number;
  organisationId?: string;
  placeId?: string;
  eventTypeId?: string;
  areaId?: string;
};

const yearRange = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });

/** The recruitment programme the dashboard shows: the chosen one, else the one running today, else the latest. */
export async function programmeFor(f: DashboardFilters, today: Date) {
  const include = {
    yearTargets: true,
    countedTypes: true,
    placeTargets: { select: { placeId: true, target: true } },
  } as const;
  if (f.programmeId) return db.programme.findUnique({ where: { id: f.programmeId }, include });
  const nrp = await db.programme.findMany({
    where: { code: { startsWith: "NRP" }, active: true },
    include,
    orderBy: { periodStart: "asc" },
  });
  return nrp.find((p) => p.periodStart <= today && today <= p.periodEnd) ?? nrp.at(-1) ?? null;
}

type Programme = NonNullable<Awaited<ReturnType<typeof programmeFor>>>;
type Sums = { count: number; reached: number; inquiries: number; applicants: number; costHaler: number };
type Figures = {
  /** Counted activities per day of the slice; left out where the programme's own days serve (the tallies). */
  days?: DayCount[];
  byType: ({ eventTypeId: string } & Sums)[];
  byOrg: { organisationId: string; count: number }[];
  placesAll: { placeId: string | null; count: number }[];
  placesYear: { placeId: string | null; count: number }[];
  totals: Sums;
};
const num = (v: number | bigint | null | undefined) => Number(v ?? 0);
const sums = (
  count: number,
  s: Partial<Record<"peopleReached" | "inquiries" | "applicants" | "costHaler", number | bigint | null>>,
): Sums => ({
  count,
  reached: num(s.peopleReached),
  inquiries: num(s.inquiries),
  applicants: num(s.applicants),
  costHaler: num(s.costHaler),
});
const SUMS = { peopleReached: true, inquiries: true, applicants: true, costHaler: true } as const;

/** Counted activities per day of the whole programme, from the tally the database keeps current. */
export async function programmeDays(programmeId: string): Promise<DayCount[]> {
  const days = await db.countedEventDay.findMany({ where: { programmeId }, select: { day: true, count: true } });
  return days.map((d) => ({ day: new Date(`${d.day}T00:00:00Z`), count: d.count }));
}

/** Without an organisation, place or type filter: from the tallies the database keeps current (prisma/tally-triggers.ts).
 * `coverageYear`: the year of the ORP coverage column. */
export async function fromTallies(
  programme: Programme,
  year: number | undefined,
  coverageYear: number,
): Promise<Figures> {
  const where = { programmeId: programme.id, ...(year ? { year } : {}) };
  const [byType, byOrg, placesAll, placesYear, totals] = await Promise.all([
    db.countedEventSummary.groupBy({ by: ["eventTypeId"], where, _sum: { count: true, ...SUMS } }),
    db.countedEventOrganisation.groupBy({ by: ["organisationId"], where, _sum: { count: true } }),
    db.countedEventSummary.groupBy({ by: ["placeId"], where, _sum: { count: true } }),
    db.countedEventSummary.groupBy({
      by: ["placeId"],
      where: { programmeId: programme.id, year: coverageYear },
      _sum: { count: true },
    }),
    db.countedEventSummary.aggregate({ where, _sum: { count: true, ...SUMS } }),
  ]);
  const places = (rows: typeof placesAll) =>
    rows.map((r) => ({ placeId: r.placeId || null, count: r._sum.count ?? 0 }));
  return {
    byType: byType.map((r) => ({ eventTypeId: r.eventTypeId, ...sums(r._sum.count ?? 0, r._sum) })),
    byOrg: byOrg.map((r) => ({ organisationId: r.organisationId, count: r._sum.count ?? 0 })),
    placesAll: places(placesAll),
    placesYear: places(placesYear),
    totals: sums(totals._sum.count ?? 0, totals._sum),
  };
}

/** With an organisation, place or type filter: GROUP BY on the matching events (an indexed subset), days included. */
export async function fromEvents(
  programme: Programme,
  f: DashboardFilters,
  coverageYear: number,
): Promise<Required<Figures>> {
  const places = f.placeId
    ? await db.place.findMany({ where: { OR: [{ id: f.placeId }, { parentId: f.placeId }] }, select: { id: true } })
    : [];
  const counted: Prisma.RecruitmentEventWhereInput = {
    ...countedEventWhere({ id: programme.id, countedTypeIds: programme.countedTypes.map((t) => t.eventTypeId) }),
    ...(f.organisationId ? { organisationId: f.organisationId } : {}),
    ...(f.placeId ? { placeId: { in: places.map((p) => p.id) } } : {}),
    ...(f.eventTypeId ? { AND: [{ eventTypeId: f.eventTypeId }] } : {}),
  };
  const inSlice = f.year ? { ...counted, startDate: yearRange(f.year) } : counted;
  const [days, byType, byOrg, placesAll, placesYear, totals] = await Promise.all([
    db.recruitmentEvent.groupBy({ by: ["startDate"], where: inSlice, _count: true }),
    db.recruitmentEvent.groupBy({ by: ["eventTypeId"], where: inSlice, _count: true, _sum: SUMS }),
    db.recruitmentEvent.groupBy({ by: ["organisationId"], where: inSlice, _count: true }),
    db.recruitmentEvent.groupBy({ by: ["placeId"], where: inSlice, _count: true }),
    db.recruitmentEvent.groupBy({
      by: ["placeId"],
      where: { ...counted, startDate: yearRange(coverageYear) },
      _count: true,
    }),
    db.recruitmentEvent.aggregate({ where: inSlice, _count: true, _sum: SUMS }),
  ]);
  return {
    days: days.map((d) => ({ day: d.startDate, count: d._count })),
    byType: byType.map((r) => ({ eventTypeId: r.eventTypeId, ...sums(r._count, r._sum) })),
    byOrg: byOrg.map((r) => ({ organisationId: r.organisationId, count: r._count })),
    placesAll: placesAll.map((r) => ({ placeId: r.placeId, count: r._count })),
    placesYear: placesYear.map((r) => ({ placeId: r.placeId, count: r._count })),
    totals: sums(totals._count, totals._sum),
  };
}

const inYear = (days: DayCount[], year: number | undefined) =>
  year === undefined ? days : days.filter((d) => d.day.getUTCFullYear() === year);
const upTo = (days: DayCount[], today: Date) => days.reduce((sum, d) => (d.day <= today ? sum + d.count : sum), 0);

/**
 * Everything the recruitment part of the dashboard shows, every figure for the same slice (year, place,
 * organisation, event type) and aggregated in the database. `forecast` is the whole programme's (what the programme
 * pages, the council report and the public page show); `slice` is what the filters cut out: its count, its share of
 * the programme, and a judgement (signal and forecast) only when a target applies to it (lib/signal `sliceTarget`).
 */
export async function recruitmentDashboard(f: DashboardFilters, today = now()) {
  const programme = await programmeFor(f, today);
  if (!programme) return null;
  const coverageYear = f.year ?? today.getUTCFullYear();
  const sliced = Boolean(f.organisationId || f.placeId || f.eventTypeId);
  const [all, figures, types, orgs, orps, place] = await Promise.all([
    programmeDays(programme.id),
    sliced ? fromEvents(programme, f, coverageYear) : fromTallies(programme, f.year, coverageYear),
    db.eventType.findMany({ select: { id: true, nameCs: true, nameEn: true } }),
    db.organisation.findMany({ select: { id: true, name: true } }),
    db.place.findMany({ where: { kind: "ORP" }, select: { id: true, name: true } }).then(sortByName),
    f.placeId ? db.place.findUnique({ where: { id: f.placeId }, select: { name: true, kind: true } }) : null,
  ]);
  const days = figures.days ?? inYear(all, f.year);
  const { byType, byOrg, placesAll, placesYear, totals } = figures;
  const shape: ProgrammeShape = {
    periodStart: programme.periodStart,
    periodEnd: programme.periodEnd,
    totalTarget: programme.totalTarget,
    yearTargets: Object.fromEntries(programme.yearTargets.map((y) => [y.year, y.target])),
  };
  const whole = forecast(shape, all, today);
  const rule = sliceTarget({ ...shape, placeTargets: programme.placeTargets }, f);
  const target = sliceShape(shape, rule);
  const sliceForecast = target && forecast(target, days, today, rule.kind === "YEAR" ? all : days);
  const period = slicePeriod(shape, f.year);
  const perYear = new Map<number, number>();
  for (const d of days) perYear.set(d.day.getUTCFullYear(), (perYear.get(d.day.getUTCFullYear()) ?? 0) + d.count);
  const years = Array.from(
    { length: period.periodEnd.getUTCFullYear() - period.periodStart.getUTCFullYear() + 1 },
    (_, i) => period.periodStart.getUTCFullYear() + i,
  );
  const yearTargetsApply = rule.kind === "PROGRAMME" || rule.kind === "YEAR";
  const count = (rows: { placeId: string | null; count: number }[], id: string) =>
    rows.find((r) => r.placeId === id)?.count ?? 0;
  return {
    programme: { id: programme.id, name: programme.name, ...shape },
    forecast: whole,
    slice: {
      filtered: rule.kind !== "PROGRAMME",
      rule,
      year: f.year ?? null,
      done: sliceForecast?.done ?? upTo(days, today),
      programmeDone: whole.done,
      judgement: sliceForecast && {
        target: target!.totalTarget,
        forecast: sliceForecast,
        fact: forecastFact(sliceForecast, target!.totalTarget),
      },
      period,
      place,
    },
    burnUp: burnUp(target ?? period, days, today),
    byYear: years.map((year) => ({
      year,
      confirmed: perYear.get(year) ?? 0,
      target: yearTargetsApply ? (shape.yearTargets[year] ?? null) : null,
    })),
    byType: byType
      .map(({ eventTypeId, ...r }) => ({ ...types.find((t) => t.id === eventTypeId)!, ...r }))
      .sort((a, b) => b.count - a.count),
    byOrganisation: byOrg
      .map((r) => ({
        id: r.organisationId,
        name: orgs.find((o) => o.id === r.organisationId)?.name ?? "?",
        count: r.count,
      }))
      .sort((a, b) => b.count - a.count || byName(a, b)),
    orpCoverage: orps.map((o) => ({ ...o, thisYear: count(placesYear, o.id), overall: count(placesAll, o.id) })),
    /** The year of the coverage column: the filtered year, else the current one. */
    thisYear: coverageYear,
    funnel: {
      activities: totals.count,
      reached: totals.reached,
      inquiries: totals.inquiries,
      applicants: totals.applicants,
      costHaler: totals.costHaler,
    },
  };
}

export type RecruitmentDashboard = NonNullable<Awaited<ReturnType<typeof recruitmentDashboard>>>;
