import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { burnUp, forecast, type DayCount, type ProgrammeShape } from "./forecast";

export type DashboardFilters = { programmeId?: string; year?: number; organisationId?: string; placeId?: string; areaId?: string };

const yearRange = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });

/** The recruitment programme the dashboard shows: the chosen one, else the one running today, else the latest. */
async function programmeFor(f: DashboardFilters, today: Date) {
  const include = { yearTargets: true, countedTypes: true } as const;
  if (f.programmeId) return db.programme.findUnique({ where: { id: f.programmeId }, include });
  const nrp = await db.programme.findMany({ where: { code: { startsWith: "NRP" }, active: true }, include, orderBy: { periodStart: "asc" } });
  return nrp.find((p) => p.periodStart <= today && today <= p.periodEnd) ?? nrp.at(-1) ?? null;
}

type Programme = NonNullable<Awaited<ReturnType<typeof programmeFor>>>;
type Sums = { count: number; reached: number; inquiries: number; applicants: number; costHaler: number };
type Figures = {
  days: DayCount[];
  byType: ({ eventTypeId: string } & Sums)[];
  byOrg: { organisationId: string; count: number }[];
  placesAll: { placeId: string | null; count: number }[];
  placesYear: { placeId: string | null; count: number }[];
  totals: Sums;
};
const num = (v: number | bigint | null | undefined) => Number(v ?? 0);
const sums = (count: number, s: Partial<Record<"peopleReached" | "inquiries" | "applicants" | "costHaler", number | bigint | null>>): Sums =>
  ({ count, reached: num(s.peopleReached), inquiries: num(s.inquiries), applicants: num(s.applicants), costHaler: num(s.costHaler) });
const SUMS = { peopleReached: true, inquiries: true, applicants: true, costHaler: true } as const;

/** Without an organisation or place filter: from the tallies the database keeps current (prisma/tally-triggers.ts). */
export async function fromTallies(programme: Programme, year: number | undefined, thisYear: number): Promise<Figures> {
  const where = { programmeId: programme.id, ...(year ? { year } : {}) };
  const [days, byType, byOrg, placesAll, placesYear, totals] = await Promise.all([
    db.countedEventDay.findMany({ where: { programmeId: programme.id }, select: { day: true, count: true } }),
    db.countedEventSummary.groupBy({ by: ["eventTypeId"], where, _sum: { count: true, ...SUMS } }),
    db.countedEventOrganisation.groupBy({ by: ["organisationId"], where, _sum: { count: true } }),
    db.countedEventSummary.groupBy({ by: ["placeId"], where: { programmeId: programme.id }, _sum: { count: true } }),
    db.countedEventSummary.groupBy({ by: ["placeId"], where: { programmeId: programme.id, year: thisYear }, _sum: { count: true } }),
    db.countedEventSummary.aggregate({ where, _sum: { count: true, ...SUMS } }),
  ]);
  const places = (rows: typeof placesAll) => rows.map((r) => ({ placeId: r.placeId || null, count: r._sum.count ?? 0 }));
  return {
    days: days.map((d) => ({ day: new Date(`${d.day}T00:00:00Z`), count: d.count })),
    byType: byType.map((r) => ({ eventTypeId: r.eventTypeId, ...sums(r._sum.count ?? 0, r._sum) })),
    byOrg: byOrg.map((r) => ({ organisationId: r.organisationId, count: r._sum.count ?? 0 })),
    placesAll: places(placesAll),
    placesYear: places(placesYear),
    totals: sums(totals._sum.count ?? 0, totals._sum),
  };
}

/** With an organisation or place filter: GROUP BY on that organisation's or place's events (an indexed subset). */
export async function fromEvents(programme: Programme, f: DashboardFilters, thisYear: number): Promise<Figures> {
  const counted: Prisma.RecruitmentEventWhereInput = {
    programmeId: programme.id, status: "CONFIRMED", realisation: "REALISED", archivedAt: null,
    ...(programme.countedTypes.length ? { eventTypeId: { in: programme.countedTypes.map((t) => t.eventTypeId) } } : {}),
    ...(f.organisationId ? { organisationId: f.organisationId } : {}),
    ...(f.placeId ? { placeId: f.placeId } : {}),
  };
  const inPeriod = f.year ? { ...counted, startDate: yearRange(f.year) } : counted;
  const [days, byType, byOrg, placesAll, placesYear, totals] = await Promise.all([
    db.recruitmentEvent.groupBy({ by: ["startDate"], where: counted, _count: true }),
    db.recruitmentEvent.groupBy({ by: ["eventTypeId"], where: inPeriod, _count: true, _sum: SUMS }),
    db.recruitmentEvent.groupBy({ by: ["organisationId"], where: inPeriod, _count: true }),
    db.recruitmentEvent.groupBy({ by: ["placeId"], where: counted, _count: true }),
    db.recruitmentEvent.groupBy({ by: ["placeId"], where: { ...counted, startDate: yearRange(thisYear) }, _count: true }),
    db.recruitmentEvent.aggregate({ where: inPeriod, _count: true, _sum: SUMS }),
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

/** Everything the recruitment part of the dashboard shows; every figure is aggregated in the database. */
export async function recruitmentDashboard(f: DashboardFilters, today = new Date()) {
  const programme = await programmeFor(f, today);
  if (!programme) return null;
  const thisYear = today.getUTCFullYear();
  const [figures, types, orgs, orps] = await Promise.all([
    f.organisationId || f.placeId ? fromEvents(programme, f, thisYear) : fromTallies(programme, f.year, thisYear),
    db.eventType.findMany({ select: { id: true, nameCs: true, nameEn: true } }),
    db.organisation.findMany({ select: { id: true, name: true } }),
    db.place.findMany({ where: { kind: "ORP" }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const { days, byType, byOrg, placesAll, placesYear, totals } = figures;
  const shape: ProgrammeShape = {
    periodStart: programme.periodStart, periodEnd: programme.periodEnd, totalTarget: programme.totalTarget,
    yearTargets: Object.fromEntries(programme.yearTargets.map((y) => [y.year, y.target])),
  };
  const perYear = new Map<number, number>();
  for (const d of days) perYear.set(d.day.getUTCFullYear(), (perYear.get(d.day.getUTCFullYear()) ?? 0) + d.count);
  const years = Array.from({ length: programme.periodEnd.getUTCFullYear() - programme.periodStart.getUTCFullYear() + 1 }, (_, i) => programme.periodStart.getUTCFullYear() + i);
  const count = (rows: { placeId: string | null; count: number }[], id: string) => rows.find((r) => r.placeId === id)?.count ?? 0;
  return {
    programme: { id: programme.id, name: programme.name, ...shape },
    forecast: forecast(shape, days, today),
    burnUp: burnUp(shape, days, today),
    byYear: years.map((year) => ({ year, confirmed: perYear.get(year) ?? 0, target: shape.yearTargets[year] ?? null })),
    byType: byType.map(({ eventTypeId, ...r }) => ({ ...types.find((t) => t.id === eventTypeId)!, ...r })).sort((a, b) => b.count - a.count),
    byOrganisation: byOrg.map((r) => ({ id: r.organisationId, name: orgs.find((o) => o.id === r.organisationId)?.name ?? "?", count: r.count })).sort((a, b) => b.count - a.count),
    orpCoverage: orps.map((o) => ({ ...o, thisYear: count(placesYear, o.id), overall: count(placesAll, o.id) })),
    thisYear,
    funnel: { activities: totals.count, reached: totals.reached, inquiries: totals.inquiries, applicants: totals.applicants, costHaler: totals.costHaler },
  };
}

export type RecruitmentDashboard = NonNullable<Awaited<ReturnType<typeof recruitmentDashboard>>>;
