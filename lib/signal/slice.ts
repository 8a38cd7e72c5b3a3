// Honest slices: which target a filtered view of a programme may be judged against, or none. A pace or signal
// judgement appears only against a target defined for that slice:
//   no filter                      → the programme's total target;
//   a year                         → that year's sub-target (expected by today within that year);
//   a place (ORP or district)      → the programme's target for that place (ProgrammePlaceTarget);
//   anything else (an organisation, an event type, a year together with a place, a year or place without a target
//                                  of its own) → no target: the slice shows its count and its share of the programme.
import type { ProgrammeShape } from "./expected";

export type SliceFilters = { year?: number; placeId?: string; organisationId?: string; eventTypeId?: string };
export type SliceProgramme = ProgrammeShape & { placeTargets: { placeId: string; target: number }[] };
export type NoTargetReason =
  "ORGANISATION" | "TYPE" | "YEAR_AND_PLACE" | "YEAR_WITHOUT_TARGET" | "PLACE_WITHOUT_TARGET";
export type SliceTarget =
  | { kind: "PROGRAMME"; target: number }
  | { kind: "YEAR"; year: number; target: number }
  | { kind: "PLACE"; placeId: string; target: number }
  | { kind: "NONE"; reason: NoTargetReason };

const DAY = 86_400_000;
const inPeriod = (p: ProgrammeShape, year: number) =>
  p.periodStart.getUTCFullYear() <= year && year <= p.periodEnd.getUTCFullYear();

/** The slice rule: the target that applies to these filters, or NONE with the reason. */
export function sliceTarget(p: SliceProgramme, f: SliceFilters): SliceTarget {
  if (f.organisationId) return { kind: "NONE", reason: "ORGANISATION" };
  if (f.eventTypeId) return { kind: "NONE", reason: "TYPE" };
  if (f.year !== undefined && f.placeId) return { kind: "NONE", reason: "YEAR_AND_PLACE" };
  if (f.year !== undefined) {
    const target = inPeriod(p, f.year) ? p.yearTargets[f.year] : undefined;
    return target === undefined
      ? { kind: "NONE", reason: "YEAR_WITHOUT_TARGET" }
      : { kind: "YEAR", year: f.year, target };
  }
  if (f.placeId) {
    const target = p.placeTargets.find((t) => t.placeId === f.placeId)?.target;
    return target === undefined
      ? { kind: "NONE", reason: "PLACE_WITHOUT_TARGET" }
      : { kind: "PLACE", placeId: f.placeId, target };
  }
  return { kind: "PROGRAMME", target: p.totalTarget };
}

/** The days a slice covers: the programme's period, cut to the filtered year (a year outside the period: that year). */
export function slicePeriod(p: ProgrammeShape, year: number | undefined): { periodStart: Date; periodEnd: Date } {
  if (year === undefined) return { periodStart: p.periodStart, periodEnd: p.periodEnd };
  if (!inPeriod(p, year))
    return { periodStart: new Date(Date.UTC(year, 0, 1)), periodEnd: new Date(Date.UTC(year, 11, 31)) };
  return {
    periodStart: new Date(Math.max(p.periodStart.getTime(), Date.UTC(year, 0, 1))),
    periodEnd: new Date(Math.min(p.periodEnd.getTime(), Date.UTC(year + 1, 0, 1) - DAY)),
  };
}

/** The counted target of a slice, for the burn-up and the forecast; null when no target applies. A place's target
 * follows the programme's yearly plan scaled to its size. */
export function sliceShape(p: ProgrammeShape, slice: SliceTarget): ProgrammeShape | null {
  switch (slice.kind) {
    case "PROGRAMME":
      return p;
    case "YEAR":
      return { ...slicePeriod(p, slice.year), totalTarget: slice.target, yearTargets: { [slice.year]: slice.target } };
    case "PLACE": {
      const scale = p.totalTarget > 0 ? slice.target / p.totalTarget : 0;
      return {
        ...p,
        totalTarget: slice.target,
        yearTargets: Object.fromEntries(Object.entries(p.yearTargets).map(([y, t]) => [y, t * scale])),
      };
    }
    case "NONE":
      return null;
  }
}
