import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { searchTerms, type SearchTerm } from "@/lib/search/terms";
import { organisationChoices } from "@/lib/organisations/choices";
import { sortByName } from "@/lib/sort/collate";
import { visibleEventsSql, visibleEventsWhere, type EventViewer as Viewer } from "./access";
import { currentYear } from "@/lib/clock";

export const EVENT_PAGE_SIZE = 25;
/** Counting stops here: above it the list says "more than 1 000" instead of reading every matching row. */
export const EVENT_COUNT_CAP = 1_000;
/** The furthest page a page number alone (no cursor) opens: its OFFSET stays within the counted rows. */
export const EVENT_MAX_NUMBERED_PAGE = EVENT_COUNT_CAP / EVENT_PAGE_SIZE;
const STATUSES = ["DRAFT", "SUBMITTED", "CONFIRMED", "RETURNED"] as const;

/** A row's place in the list's order (newest first): the keyset a page continues from. */
export type EventCursor = { startDate: Date; id: string };

export type EventFilters = {
  year?: number;
  typeId?: string;
  placeId?: string;
  organisationId?: string;
  status?: (typeof STATUSES)[number];
  programmeId?: string;
  realisation?: "PLANNED" | "REALISED";
  q?: string;
  /** The page number shown; without a cursor also the page read (OFFSET, up to EVENT_MAX_NUMBERED_PAGE). */
  page: number;
  /** ?po= the page of rows after (older than) this one; ?pred= the page of rows before (newer than) it. */
  after?: EventCursor;
  before?: EventCursor;
};

/** "<startDate in ms>_<id>": a cursor in a URL. */
export const formatCursor = (row: EventCursor) => `${row.startDate.getTime()}_${row.id}`;

export function parseCursor(value: string | undefined): EventCursor | undefined {
  const m = /^(-?\d{1,15})_([\w-]{1,64})$/.exec(value ?? "");
  const startDate = m ? new Date(Number(m[1])) : undefined;
  return m && startDate && !Number.isNaN(startDate.getTime()) ? { startDate, id: m[2] } : undefined;
}

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
    after: parseCursor(p.po),
    before: p.po ? undefined : parseCursor(p.pred),
  };
}

/** Filters with the search box's words resolved to the organisations, places and types they name (lib/search/terms). */
type ResolvedFilters = Omit<EventFilters, "page" | "q"> & { terms: SearchTerm[] };
const resolved = async (f: Omit<EventFilters, "page">): Promise<ResolvedFilters> => ({
  ...f,
  terms: await searchTerms(f.q),
});

/** Every word is found in the event's title, description or municipality, or names its organisation or a partner, its
 * ORP or its type. */
const wordWhere = (t: SearchTerm): Prisma.RecruitmentEventWhereInput => ({
  OR: [
    { searchText: { contains: t.word } },
    ...(t.organisationIds.length
      ? [
          { organisationId: { in: t.organisationIds } },
          { partners: { some: { organisationId: { in: t.organisationIds } } } },
        ]
      : []),
    ...(t.placeIds.length ? [{ placeId: { in: t.placeIds } }] : []),
    ...(t.eventTypeIds.length ? [{ eventTypeId: { in: t.eventTypeIds } }] : []),
  ],
});

/** The events the filters select, of those the user sees. */
export async function eventWhere(
  f: Omit<EventFilters, "page">,
  user: Viewer,
): Promise<Prisma.RecruitmentEventWhereInput> {
  return resolvedWhere(await resolved(f), user);
}

/** eventWhere of resolved filters. eventConditionsSql says the same in SQL: change both. */
function resolvedWhere(f: ResolvedFilters, user: Viewer): Prisma.RecruitmentEventWhereInput {
  return {
    archivedAt: null,
    AND: [visibleEventsWhere(user), ...f.terms.map(wordWhere)],
    ...(f.year
      ? { startDate: { gte: new Date(Date.UTC(f.year, 0, 1)), lt: new Date(Date.UTC(f.year + 1, 0, 1)) } }
      : {}),
    ...(f.typeId ? { eventTypeId: f.typeId } : {}),
    ...(f.placeId ? { placeId: f.placeId } : {}),
    ...(f.organisationId ? { organisationId: f.organisationId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.programmeId ? { programmeId: f.programmeId } : {}),
    ...(f.realisation ? { realisation: f.realisation } : {}),
  };
}

/**
 * eventWhere as SQL, for the capped count (countUpTo): term by term the same conditions. Plain SQL because Prisma gives
 * a count with `take` an ORDER BY (by id), which makes the database visit every matching row in that order before it
 * can stop, where without one it stops at the cap, reading the table or an index as it finds cheapest.
 */
function eventConditionsSql(f: ResolvedFilters, user: Viewer): Prisma.Sql {
  const terms: Prisma.Sql[] = [Prisma.sql`"archivedAt" IS NULL`];
  const visible = visibleEventsSql(user);
  if (visible) terms.push(visible);
  if (f.year)
    terms.push(
      Prisma.sql`"startDate" >= ${new Date(Date.UTC(f.year, 0, 1))} AND "startDate" < ${new Date(Date.UTC(f.year + 1, 0, 1))}`,
    );
  if (f.typeId) terms.push(Prisma.sql`"eventTypeId" = ${f.typeId}`);
  if (f.placeId) terms.push(Prisma.sql`"placeId" = ${f.placeId}`);
  if (f.organisationId) terms.push(Prisma.sql`"organisationId" = ${f.organisationId}`);
  // Enum columns: compared with a literal (PostgreSQL gives it the column's type), from the closed list only.
  if (f.status && STATUSES.includes(f.status)) terms.push(Prisma.sql`"status" = ${Prisma.raw(`'${f.status}'`)}`);
  if (f.programmeId) terms.push(Prisma.sql`"programmeId" = ${f.programmeId}`);
  if (f.realisation === "PLANNED" || f.realisation === "REALISED")
    terms.push(Prisma.sql`"realisation" = ${Prisma.raw(`'${f.realisation}'`)}`);
  for (const t of f.terms) terms.push(Prisma.sql`(${Prisma.join(wordSql(t), " OR ")})`);
  return Prisma.join(terms, " AND ");
}

/** wordWhere in SQL. */
function wordSql(t: SearchTerm): Prisma.Sql[] {
  const ids = (list: string[]) => Prisma.join(list);
  return [
    Prisma.sql`"searchText" LIKE ('%' || ${t.word} || '%')`,
    ...(t.organisationIds.length
      ? [
          Prisma.sql`"organisationId" IN (${ids(t.organisationIds)})`,
          Prisma.sql`EXISTS (SELECT 1 FROM "RecruitmentEventPartner" p WHERE p."eventId" = "RecruitmentEvent"."id" AND p."organisationId" IN (${ids(t.organisationIds)}))`,
        ]
      : []),
    ...(t.placeIds.length ? [Prisma.sql`"placeId" IN (${ids(t.placeIds)})`] : []),
    ...(t.eventTypeIds.length ? [Prisma.sql`"eventTypeId" IN (${ids(t.eventTypeIds)})`] : []),
  ];
}

/** How many events match, counting no further than `cap`: min(count, cap). */
export async function countUpTo(cap: number, f: Omit<EventFilters, "page">, user: Viewer): Promise<number> {
  return countResolvedUpTo(cap, await resolved(f), user);
}

async function countResolvedUpTo(cap: number, f: ResolvedFilters, user: Viewer): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS n FROM (SELECT 1 AS one FROM "RecruitmentEvent" WHERE ${eventConditionsSql(f, user)} LIMIT ${cap}) AS capped`;
  return Number(row?.n ?? 0);
}

export const eventRowSelect = {
  id: true,
  title: true,
  startDate: true,
  endDate: true,
  status: true,
  realisation: true,
  peopleReached: true,
  inquiries: true,
  applicants: true,
  costHaler: true,
  organisationId: true,
  eventType: { select: { nameCs: true, nameEn: true } },
  organisation: { select: { id: true, name: true } },
  place: { select: { name: true } },
} satisfies Prisma.RecruitmentEventSelect;

// Newest first, ties by id: both descending, so the (startDate, id) index is read backwards and never sorted.
const NEWEST_FIRST = [
  { startDate: "desc" },
  { id: "desc" },
] satisfies Prisma.RecruitmentEventOrderByWithRelationInput[];
const OLDEST_FIRST = [{ startDate: "asc" }, { id: "asc" }] satisfies Prisma.RecruitmentEventOrderByWithRelationInput[];

/**
 * The rows strictly older (or newer) than the cursor. The cursor's date is merged into the filter's own date range, so
 * that the database has one bound to seek to in the (startDate, id) index; the id breaks ties within one date.
 */
function beyond(
  where: Prisma.RecruitmentEventWhereInput,
  c: EventCursor,
  side: "older" | "newer",
): Prisma.RecruitmentEventWhereInput {
  const { gte, lt } = (where.startDate ?? {}) as { gte?: Date; lt?: Date };
  const startDate =
    side === "older"
      ? { ...(gte ? { gte } : {}), ...(lt && lt <= c.startDate ? { lt } : { lte: c.startDate }) }
      : { ...(gte && gte > c.startDate ? { gte } : { gte: c.startDate }), ...(lt ? { lt } : {}) };
  const tie =
    side === "older"
      ? { OR: [{ startDate: { lt: c.startDate } }, { id: { lt: c.id } }] }
      : { OR: [{ startDate: { gt: c.startDate } }, { id: { gt: c.id } }] };
  return { ...where, startDate, AND: [...[where.AND ?? []].flat(), tie] };
}

/**
 * One page of the events list, newest first, without reading every matching row: the count stops at EVENT_COUNT_CAP
 * (`more` says there are more), a page number opens at most page EVENT_MAX_NUMBERED_PAGE (`clamped` says it was
 * further), and the previous / next links continue from a row (keyset), so any page costs about what the first does.
 */
export async function listEventsFiltered(f: EventFilters, user: Viewer) {
  const filters = await resolved(f);
  const where = resolvedWhere(filters, user);
  // One row more than a page, to know whether there is a next one.
  const read = (w: Prisma.RecruitmentEventWhereInput, orderBy: typeof NEWEST_FIRST | typeof OLDEST_FIRST, skip = 0) =>
    db.recruitmentEvent.findMany({ where: w, orderBy, skip, take: EVENT_PAGE_SIZE + 1, select: eventRowSelect });
  const pageOf = (rows: EventRow[], page: number) => ({
    rows: rows.slice(0, EVENT_PAGE_SIZE),
    page,
    hasNext: rows.length > EVENT_PAGE_SIZE,
  });
  const readPage = async () => {
    if (f.after) return pageOf(await read(beyond(where, f.after, "older"), NEWEST_FIRST), Math.max(2, f.page));
    if (f.before) {
      const newer = await read(beyond(where, f.before, "newer"), OLDEST_FIRST);
      if (newer.length > EVENT_PAGE_SIZE)
        return { rows: newer.slice(0, EVENT_PAGE_SIZE).reverse(), page: Math.max(2, f.page), hasNext: true };
      // At most a page before the cursor: that is the first page, read as such (full, if the list has a page).
      return pageOf(await read(where, NEWEST_FIRST), 1);
    }
    const page = Math.min(f.page, EVENT_MAX_NUMBERED_PAGE);
    return pageOf(await read(where, NEWEST_FIRST, (page - 1) * EVENT_PAGE_SIZE), page);
  };
  const [counted, { rows, page, hasNext }] = await Promise.all([
    countResolvedUpTo(EVENT_COUNT_CAP + 1, filters, user),
    readPage(),
  ]);
  const more = counted > EVENT_COUNT_CAP;
  const total = Math.min(counted, EVENT_COUNT_CAP);
  return {
    rows,
    /** Matching events: exact unless `more`, then EVENT_COUNT_CAP. */
    total,
    more,
    /** The page shown, and the number of pages (when `more`, EVENT_MAX_NUMBERED_PAGE: as far as page numbers go). */
    page,
    pages: more ? EVENT_MAX_NUMBERED_PAGE : Math.max(1, Math.ceil(total / EVENT_PAGE_SIZE)),
    /** A page number past EVENT_MAX_NUMBERED_PAGE was asked for without a cursor; `page` is the last one it opens. */
    clamped: !f.after && !f.before && f.page > page,
    /** The previous page's cursor (null: the previous page is the first, opened without one); the next page's. */
    previous: page <= 1 ? undefined : page === 2 || rows.length === 0 ? null : formatCursor(rows[0]),
    next: hasNext ? formatCursor(rows[rows.length - 1]) : undefined,
  };
}

export type EventRow = Prisma.RecruitmentEventGetPayload<{ select: typeof eventRowSelect }>;
export type EventPage = Awaited<ReturnType<typeof listEventsFiltered>>;

/** Options of the filter form and the event form: active organisations, plus those an edited event names (`keep`). */
export async function eventOptions(keep: (string | null | undefined)[] = []) {
  const [types, places, organisations, programmes, campaigns, years] = await Promise.all([
    db.eventType.findMany({
      where: { active: true },
      orderBy: { sortOrder: "asc" },
      select: { id: true, nameCs: true, nameEn: true },
    }),
    db.place.findMany({ where: { kind: { in: ["ORP", "REGION"] } }, select: { id: true, name: true, kind: true } }),
    organisationChoices(keep),
    db.programme.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }],
      select: { id: true, name: true, periodStart: true, periodEnd: true },
    }),
    db.campaign.findMany({ orderBy: [{ startDate: "desc" }], select: { id: true, name: true } }),
    // The first and the last date, each one step in the (startDate, id) index (an aggregate reads the whole index).
    Promise.all(
      (["asc", "desc"] as const).map((order) =>
        db.recruitmentEvent.findFirst({ orderBy: [{ startDate: order }, { id: order }], select: { startDate: true } }),
      ),
    ),
  ]);
  const from = years[0]?.startDate.getUTCFullYear() ?? currentYear();
  const to = years[1]?.startDate.getUTCFullYear() ?? from;
  return {
    types,
    places: sortByName(places, (p) => p.kind),
    organisations,
    programmes,
    campaigns,
    years: Array.from({ length: to - from + 1 }, (_, i) => to - i),
  };
}

export type EventOptions = Awaited<ReturnType<typeof eventOptions>>;

/** A year's events for the calendar, in date order (a year holds hundreds at most). */
export async function eventsOfYear(year: number, user: Viewer) {
  return db.recruitmentEvent.findMany({
    where: await eventWhere({ year }, user),
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    select: eventRowSelect,
  });
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
  return (
    organisation && {
      organisation,
      confirmed: totals._count,
      reached: totals._sum.peopleReached ?? 0,
      applicants: totals._sum.applicants ?? 0,
    }
  );
}
