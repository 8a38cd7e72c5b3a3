import "server-only";
// What the programme pages show: targets next to confirmed counts, per year and per place.
import { db } from "@/lib/db";
import { districtRows, placeRows, typeRows, yearRows } from "./counting";
import { programmeProgress, type ProgrammeProgress } from "./queries";
import { periodYears, yearTable, type YearRow } from "./targets";
import { byName } from "@/lib/sort/collate";

const KIND_ORDER = { REGION: 0, DISTRICT: 1, ORP: 2 } as const;
type Place = { id: string; name: string; kind: keyof typeof KIND_ORDER };
const byPlace = (a: Place, b: Place) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byName(a, b);

export type PlaceRow = { placeId: string; name: string; kind: Place["kind"]; target: number; confirmed: number };
export type ProgrammeSummary = ProgrammeProgress & { years: YearRow[]; places: PlaceRow[] };

type Counts = {
  yearTargets: { programmeId: string; year: number; target: number }[];
  placeTargets: { programmeId: string; placeId: string; target: number; place: Place }[];
  years: Awaited<ReturnType<typeof yearRows>>;
  places: Awaited<ReturnType<typeof placeRows>>;
  districts: Awaited<ReturnType<typeof districtRows>>;
};

/** A place target of a district counts the events in its ORPs; of an ORP or the region, the events placed there. */
function summarise(p: ProgrammeProgress, c: Counts): ProgrammeSummary {
  const mine = <T extends { programmeId: string }>(rows: T[]) => rows.filter((r) => r.programmeId === p.id);
  const countAt = (placeId: string, kind: Place["kind"]) =>
    (kind === "DISTRICT" ? mine(c.districts) : mine(c.places)).find((r) => r.placeId === placeId)?.count ?? 0;
  return {
    ...p,
    years: yearTable(periodYears(p.periodStart, p.periodEnd), mine(c.yearTargets), mine(c.years)),
    places: mine(c.placeTargets)
      .sort((a, b) => byPlace(a.place, b.place))
      .map((t) => ({
        placeId: t.placeId,
        name: t.place.name,
        kind: t.place.kind,
        target: t.target,
        confirmed: countAt(t.placeId, t.place.kind),
      })),
  };
}

const placeSelect = { select: { id: true, name: true, kind: true } } as const;

async function countsOf(programmeId?: string): Promise<Counts> {
  const where = programmeId ? { programmeId } : {};
  const [yearTargets, placeTargets, years, places, districts] = await Promise.all([
    db.programmeYearTarget.findMany({ where }),
    db.programmePlaceTarget.findMany({ where, include: { place: placeSelect } }),
    yearRows(programmeId),
    placeRows(programmeId),
    districtRows(programmeId),
  ]);
  return { yearTargets, placeTargets, years, places, districts };
}

/** Every active programme with its target, confirmed count, per-year and per-place tables. */
export async function programmesOverview(): Promise<ProgrammeSummary[]> {
  const [progress, counts] = await Promise.all([programmeProgress(), countsOf()]);
  return progress.map((p) => summarise(p, counts));
}

/** One programme with its tables, its counts per type, and what its edit form offers. */
export async function programmeDetail(id: string) {
  const programme = await db.programme.findUnique({
    where: { id },
    include: { countedTypes: true, yearTargets: true, placeTargets: true },
  });
  if (!programme) return null;
  const [[own], counts, types, options, linkedIndicators] = await Promise.all([
    programmeProgress({ id }),
    countsOf(id),
    typeRows(id),
    programmeFormOptions(programme.countedTypes.map((t) => t.eventTypeId)),
    // The measures' indicators this programme feeds (lib/indicators): they show the same count.
    db.indicator.findMany({
      where: { sourceProgrammeId: id, archivedAt: null, measure: { archivedAt: null } },
      orderBy: { measure: { code: "asc" } },
      select: {
        id: true,
        name: true,
        measure: { select: { id: true, code: true, title: true, plan: { select: { name: true } } } },
      },
    }),
  ]);
  return {
    programme,
    summary: summarise(own, counts),
    typeCounts: types
      .map((t) => ({ ...t, type: options.allTypes.find((e) => e.id === t.eventTypeId) }))
      .sort((a, b) => b.count - a.count),
    eventTypes: options.eventTypes,
    places: options.places,
    linkedIndicators,
  };
}

/** What the programme form offers: the active event types (and those already counted), every place in order. */
export async function programmeFormOptions(countedTypeIds: string[] = []) {
  const [allTypes, places] = await Promise.all([
    db.eventType.findMany({
      orderBy: { sortOrder: "asc" },
      select: { id: true, nameCs: true, nameEn: true, active: true },
    }),
    db.place.findMany(placeSelect),
  ]);
  return {
    allTypes,
    eventTypes: allTypes.filter((t) => t.active || countedTypeIds.includes(t.id)),
    places: places.sort(byPlace),
  };
}

export type ProgrammeDetail = NonNullable<Awaited<ReturnType<typeof programmeDetail>>>;
