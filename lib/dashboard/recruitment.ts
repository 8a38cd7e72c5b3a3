import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { burnUp, forecast, type ProgrammeShape } from "./forecast";

export type DashboardFilters = { programmeId?: string; year?: number; organisationId?: string; placeId?: string; areaId?: string };

const yearRange = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });

/** The recruitment programme the dashboard shows: the chosen one, else the one running today, else the latest. */
async function programmeFor(f: DashboardFilters, today: Date) {
  const include = { yearTargets: true, countedTypes: true } as const;
  if (f.programmeId) return db.programme.findUnique({ where: { id: f.programmeId }, include });
  const nrp = await db.programme.findMany({ where: { code: { startsWith: "NRP" }, active: true }, include, orderBy: { periodStart: "asc" } });
  return nrp.find((p) => p.periodStart <= today && today <= p.periodEnd) ?? nrp.at(-1) ?? null;
}

/** Everything the recruitment part of the dashboard shows; every figure is aggregated in the database. */
export async function recruitmentDashboard(f: DashboardFilters, today = new Date()) {
  const programme = await programmeFor(f, today);
  if (!programme) return null;
  const counted: Prisma.RecruitmentEventWhereInput = {
    programmeId: programme.id, status: "CONFIRMED", realisation: "REALISED", archivedAt: null,
    ...(programme.countedTypes.length ? { eventTypeId: { in: programme.countedTypes.map((t) => t.eventTypeId) } } : {}),
    ...(f.organisationId ? { organisationId: f.organisationId } : {}),
    ...(f.placeId ? { placeId: f.placeId } : {}),
  };
  const inPeriod = f.year ? { ...counted, startDate: yearRange(f.year) } : counted;
  const thisYear = today.getUTCFullYear();
  const [days, byType, byOrg, placesAll, placesYear, totals, types, orgs, orps] = await Promise.all([
    db.recruitmentEvent.groupBy({ by: ["startDate"], where: counted, _count: true }),
    db.recruitmentEvent.groupBy({ by: ["eventTypeId"], where: inPeriod, _count: true, _sum: { peopleReached: true, inquiries: true, applicants: true, costHaler: true } }),
    db.recruitmentEvent.groupBy({ by: ["organisationId"], where: inPeriod, _count: true }),
    db.recruitmentEvent.groupBy({ by: ["placeId"], where: counted, _count: true }),
    db.recruitmentEvent.groupBy({ by: ["placeId"], where: { ...counted, startDate: yearRange(thisYear) }, _count: true }),
    db.recruitmentEvent.aggregate({ where: inPeriod, _count: true, _sum: { peopleReached: true, inquiries: true, applicants: true, costHaler: true } }),
    db.eventType.findMany({ select: { id: true, nameCs: true, nameEn: true } }),
    db.organisation.findMany({ select: { id: true, name: true } }),
    db.place.findMany({ where: { kind: "ORP" }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const shape: ProgrammeShape = {
    periodStart: programme.periodStart, periodEnd: programme.periodEnd, totalTarget: programme.totalTarget,
    yearTargets: Object.fromEntries(programme.yearTargets.map((y) => [y.year, y.target])),
  };
  const eventDays = days.flatMap((d) => Array<Date>(d._count).fill(d.startDate));
  const perYear = new Map<number, number>();
  for (const d of days) perYear.set(d.startDate.getUTCFullYear(), (perYear.get(d.startDate.getUTCFullYear()) ?? 0) + d._count);
  const years = Array.from({ length: programme.periodEnd.getUTCFullYear() - programme.periodStart.getUTCFullYear() + 1 }, (_, i) => programme.periodStart.getUTCFullYear() + i);
  const count = (rows: { placeId: string | null; _count: number }[], id: string) => rows.find((r) => r.placeId === id)?._count ?? 0;
  const sum = <K extends string>(s: Partial<Record<K, number | bigint | null>>, k: K) => Number(s[k] ?? 0);
  return {
    programme: { id: programme.id, name: programme.name, ...shape },
    forecast: forecast(shape, eventDays, today),
    burnUp: burnUp(shape, eventDays, today),
    byYear: years.map((year) => ({ year, confirmed: perYear.get(year) ?? 0, target: shape.yearTargets[year] ?? null })),
    byType: byType.map((r) => ({
      ...types.find((t) => t.id === r.eventTypeId)!, count: r._count, reached: sum(r._sum, "peopleReached"),
      inquiries: sum(r._sum, "inquiries"), applicants: sum(r._sum, "applicants"), costHaler: sum(r._sum, "costHaler"),
    })).sort((a, b) => b.count - a.count),
    byOrganisation: byOrg.map((r) => ({ id: r.organisationId, name: orgs.find((o) => o.id === r.organisationId)?.name ?? "?", count: r._count })).sort((a, b) => b.count - a.count),
    orpCoverage: orps.map((o) => ({ ...o, thisYear: count(placesYear, o.id), overall: count(placesAll, o.id) })),
    thisYear,
    funnel: { activities: totals._count, reached: sum(totals._sum, "peopleReached"), inquiries: sum(totals._sum, "inquiries"), applicants: sum(totals._sum, "applicants"), costHaler: sum(totals._sum, "costHaler") },
  };
}

export type RecruitmentDashboard = NonNullable<Awaited<ReturnType<typeof recruitmentDashboard>>>;
