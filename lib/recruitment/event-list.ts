import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import type { SessionUser } from "@/lib/auth/session";
import { searchable } from "@/lib/search";

export const EVENT_PAGE_SIZE = 25;
const STATUSES = ["DRAFT", "SUBMITTED", "CONFIRMED", "RETURNED"] as const;

export type EventFilters = {
  year?: number; typeId?: string; placeId?: string; organisationId?: string; status?: (typeof STATUSES)[number];
  programmeId?: string; realisation?: "PLANNED" | "REALISED"; q?: string; page: number;
};

/** URL params (Czech names) → filters; unknown values are ignored. */
export function parseEventFilters(p: Record<string, string | undefined>): EventFilters {
  const year = Number.parseInt(p.rok ?? "", 10);
  return {
    year: year >= 2000 && year <= 2100 ? year : undefined,
    typeId: p.typ?.slice(0, 64) || undefined,
    placeId: p.orp?.slice(0, 64) || undefined,
    organisationId: p.organizace?.slice(0, 64) || undefined,
    status: (STATUSES as readonly string[]).includes(p.stav ?? "") ? (p.stav as EventFilters["status"]) : undefined,
    programmeId: p.program?.slice(0, 64) || undefined,
    realisation: p.realizace === "PLANNED" || p.realizace === "REALISED" ? p.realizace : undefined,
    q: p.q?.slice(0, 100) || undefined,
    page: Math.min(10_000, Math.max(1, Number.parseInt(p.strana ?? "1", 10) || 1)),
  };
}

/** Members see their own organisation's events and everyone's confirmed ones. */
export function visibleTo(user: Pick<SessionUser, "role" | "organisationId">): Prisma.RecruitmentEventWhereInput {
  return user.role === "MEMBER" ? { OR: [{ organisationId: user.organisationId ?? "" }, { status: "CONFIRMED" }] } : {};
}

export function eventWhere(f: Omit<EventFilters, "page">, user: Pick<SessionUser, "role" | "organisationId">): Prisma.RecruitmentEventWhereInput {
  return {
    archivedAt: null,
    AND: [visibleTo(user)],
    ...(f.year ? { startDate: { gte: new Date(Date.UTC(f.year, 0, 1)), lt: new Date(Date.UTC(f.year + 1, 0, 1)) } } : {}),
    ...(f.typeId ? { eventTypeId: f.typeId } : {}),
    ...(f.placeId ? { placeId: f.placeId } : {}),
    ...(f.organisationId ? { organisationId: f.organisationId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.programmeId ? { programmeId: f.programmeId } : {}),
    ...(f.realisation ? { realisation: f.realisation } : {}),
    ...(f.q ? { searchText: { contains: searchable(f.q) } } : {}),
  };
}

export const eventRowSelect = {
  id: true, title: true, startDate: true, endDate: true, status: true, realisation: true, peopleReached: true, inquiries: true,
  applicants: true, costHaler: true, organisationId: true, eventType: { select: { nameCs: true, nameEn: true } },
  organisation: { select: { id: true, name: true } }, place: { select: { name: true } },
} satisfies Prisma.RecruitmentEventSelect;

export async function listEventsFiltered(f: EventFilters, user: Pick<SessionUser, "role" | "organisationId">) {
  const where = eventWhere(f, user);
  const [total, rows] = await Promise.all([
    db.recruitmentEvent.count({ where }),
    db.recruitmentEvent.findMany({ where, orderBy: [{ startDate: "desc" }, { id: "asc" }], skip: (f.page - 1) * EVENT_PAGE_SIZE, take: EVENT_PAGE_SIZE, select: eventRowSelect }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / EVENT_PAGE_SIZE)) };
}

export type EventRow = Awaited<ReturnType<typeof listEventsFiltered>>["rows"][number];

/** Options of the filter form and the event form. */
export async function eventOptions() {
  const [types, places, organisations, programmes, campaigns, years] = await Promise.all([
    db.eventType.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" }, select: { id: true, nameCs: true, nameEn: true } }),
    db.place.findMany({ where: { kind: { in: ["ORP", "REGION"] } }, orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true } }),
    db.organisation.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.programme.findMany({ where: { active: true }, orderBy: [{ sortOrder: "asc" }], select: { id: true, name: true, periodStart: true, periodEnd: true } }),
    db.campaign.findMany({ orderBy: [{ startDate: "desc" }], select: { id: true, name: true } }),
    db.recruitmentEvent.aggregate({ _min: { startDate: true }, _max: { startDate: true } }),
  ]);
  const from = years._min.startDate?.getUTCFullYear() ?? new Date().getUTCFullYear();
  const to = years._max.startDate?.getUTCFullYear() ?? from;
  return { types, places, organisations, programmes, campaigns, years: Array.from({ length: to - from + 1 }, (_, i) => to - i) };
}

export type EventOptions = Awaited<ReturnType<typeof eventOptions>>;

/** A year's events for the calendar, in date order (a year holds hundreds at most). */
export function eventsOfYear(year: number, user: Pick<SessionUser, "role" | "organisationId">) {
  return db.recruitmentEvent.findMany({ where: eventWhere({ year }, user), orderBy: [{ startDate: "asc" }, { id: "asc" }], select: eventRowSelect });
}

/** An organisation and its confirmed totals, aggregated in the database. */
export async function organisationSummary(id: string) {
  const [organisation, totals] = await Promise.all([
    db.organisation.findUnique({ where: { id }, include: { place: { select: { name: true } } } }),
    db.recruitmentEvent.aggregate({
      where: { organisationId: id, status: "CONFIRMED", archivedAt: null },
      _count: true,
      _sum: { peopleReached: true, applicants: true },
    }),
  ]);
  return organisation && { organisation, confirmed: totals._count, reached: totals._sum.peopleReached ?? 0, applicants: totals._sum.applicants ?? 0 };
}
