import "server-only";
// "Moje organizace": a member's landing page. Events by review state come from the events themselves (as the events
// list and the organisation page count them); the share of the running programme from the dashboard's own functions
// (programmeFor, fromEvents with the organisation filter, programmesOverview), so every figure equals the regional one.
import { db } from "@/lib/db";
import type { ReviewStatus } from "@/lib/db/generated/sqlite/enums";
import { fromEvents, programmeFor } from "@/lib/dashboard/recruitment";
import { FINISHED } from "@/lib/plan/overdue";
import { reportedByWhere } from "@/lib/plan/reporting";
import { programmesOverview } from "@/lib/programmes/overview";

/** The order of the page: what the member must fix first, then their own work in progress, then what is done. */
export const EVENT_STATES = ["RETURNED", "DRAFT", "SUBMITTED", "CONFIRMED"] as const satisfies readonly ReviewStatus[];
export const LATEST = 5;

const eventSelect = { id: true, title: true, startDate: true, reviewComment: true, reviewedAt: true } as const;

async function eventsIn(organisationId: string, status: ReviewStatus) {
  const where = { organisationId, status, archivedAt: null };
  // Returned ones newest return first (the one just sent back is the one to fix); the others newest event first.
  const orderBy =
    status === "RETURNED"
      ? [{ reviewedAt: "desc" as const }, { id: "desc" as const }]
      : [{ startDate: "desc" as const }, { id: "desc" as const }];
  const [count, latest] = await Promise.all([
    db.recruitmentEvent.count({ where }),
    db.recruitmentEvent.findMany({ where, orderBy, take: LATEST, select: eventSelect }),
  ]);
  return { status, count, latest };
}

/** The organisation's confirmed counted events in the running programme, and its share of the programme's targets. */
async function programmeShare(organisationId: string, today: Date) {
  const programme = await programmeFor({}, today);
  if (!programme) return null;
  const [mine, overview, places] = await Promise.all([
    fromEvents(programme, { organisationId }, today.getUTCFullYear()),
    programmesOverview(),
    db.place.findMany({ select: { id: true, parentId: true } }),
  ]);
  const whole = overview.find((p) => p.id === programme.id);
  if (!whole) return null;
  const inYear = (year: number) =>
    mine.days.reduce((sum, d) => (d.day.getUTCFullYear() === year ? sum + d.count : sum), 0);
  const at = (placeId: string) => mine.placesAll.find((p) => p.placeId === placeId)?.count ?? 0;
  // As programmesOverview counts a district's target: the events in its ORPs and those placed on the district itself.
  const inDistrict = (id: string) =>
    at(id) + places.filter((p) => p.parentId === id).reduce((sum, p) => sum + at(p.id), 0);
  return {
    programme: { id: whole.id, name: whole.name, totalTarget: whole.totalTarget, confirmed: whole.confirmed },
    confirmed: mine.totals.count,
    years: whole.years
      .filter((y) => y.target !== null)
      .map((y) => ({ year: y.year, target: y.target!, programme: y.confirmed, mine: inYear(y.year) })),
    places: whole.places.map((p) => ({
      ...p,
      programme: p.confirmed,
      mine: p.kind === "DISTRICT" ? inDistrict(p.placeId) : at(p.placeId),
    })),
  };
}

/** The measures the organisation reports on, in live plans, with their deadline (unfinished first, then by deadline). */
async function reportedMeasures(organisationId: string) {
  const rows = await db.measure.findMany({
    where: { ...reportedByWhere(organisationId), archivedAt: null, plan: { state: { in: ["ADOPTED", "DRAFT"] } } },
    orderBy: [{ deadline: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      title: true,
      status: true,
      deadline: true,
      plan: { select: { yearFrom: true, yearTo: true } },
    },
  });
  return rows.sort((a, b) => Number(FINISHED.includes(a.status)) - Number(FINISHED.includes(b.status)));
}

/** Everything the member's landing page shows, or null for an unknown organisation. */
export async function myOrganisation(organisationId: string, today: Date) {
  const [organisation, events, share, measures] = await Promise.all([
    db.organisation.findUnique({ where: { id: organisationId }, select: { id: true, name: true } }),
    Promise.all(EVENT_STATES.map((s) => eventsIn(organisationId, s))),
    programmeShare(organisationId, today),
    reportedMeasures(organisationId),
  ]);
  return organisation && { organisation, events, share, measures };
}

export type MyOrganisation = NonNullable<Awaited<ReturnType<typeof myOrganisation>>>;
