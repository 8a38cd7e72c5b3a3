// Where an indicator's values come from (pure): the fields every query selects and the one test for "computed".
import type { CareFigure, CareKind, IndicatorSource } from "@/lib/db/generated/sqlite/enums";

export const INDICATOR_SOURCES: IndicatorSource[] = ["MANUAL", "PROGRAMME", "CARE_STATISTICS", "ACTION_PLAN"];
export const CARE_FIGURES: CareFigure[] = ["APPLICATIONS_FILED", "APPLICANTS_REGISTERED", "CHILDREN_PLACED"];
export const CARE_KINDS: CareKind[] = ["ADOPTION", "FOSTER", "TEMPORARY_FOSTER"];

export type IndicatorSourceFields = {
  source: IndicatorSource;
  sourceProgrammeId: string | null;
  sourcePlaceId: string | null;
  sourceCareKind: CareKind | null;
  sourceCareFigure: CareFigure | null;
  sourceTypeIds: string[];
};

/** Prisma select of the source fields (sourceTypes to be mapped with `sourceFields`). */
export const SOURCE_SELECT = {
  source: true,
  sourceProgrammeId: true,
  sourcePlaceId: true,
  sourceCareKind: true,
  sourceCareFigure: true,
  sourceTypes: { select: { eventTypeId: true } },
} as const;

type SelectedSource = Omit<IndicatorSourceFields, "sourceTypeIds"> & { sourceTypes: { eventTypeId: string }[] };

export function sourceFields({ sourceTypes, ...rest }: SelectedSource): IndicatorSourceFields {
  return { ...rest, sourceTypeIds: sourceTypes.map((t) => t.eventTypeId) };
}

/** Computed indicators take no typed values: the figure is always the source's. */
export const isComputed = (indicator: { source: IndicatorSource }) => indicator.source !== "MANUAL";
