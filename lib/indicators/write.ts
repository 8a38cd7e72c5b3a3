import "server-only";
// Storing an indicator's source: only the fields of the chosen source are kept, and each must name a real record.
import { UserError } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";
import type { CareFigure, CareKind, IndicatorSource } from "@/lib/db/generated/sqlite/enums";

export type SourceInput = {
  source: IndicatorSource;
  sourceProgrammeId?: string;
  sourcePlaceId?: string;
  sourceTypeIds: string[];
  sourceCareKind?: CareKind | "";
  sourceCareFigure?: CareFigure | "";
};

const invalid = (field: string) => new UserError("validation", { fieldErrors: { [field]: ["invalid_value"] } });

/** The indicator columns for the source, checked against the database; throws a field error naming a bad choice. */
export async function sourceColumns(tx: Tx, input: SourceInput) {
  const programme = input.source === "PROGRAMME";
  const care = input.source === "CARE_STATISTICS";
  const types = programme ? [...new Set(input.sourceTypeIds)] : [];
  if (programme && !(await tx.programme.findUnique({ where: { id: input.sourceProgrammeId! } })))
    throw invalid("sourceProgrammeId");
  if (programme && input.sourcePlaceId && !(await tx.place.findUnique({ where: { id: input.sourcePlaceId } })))
    throw invalid("sourcePlaceId");
  if (types.length && (await tx.eventType.count({ where: { id: { in: types } } })) !== types.length)
    throw invalid("sourceTypeIds");
  return {
    columns: {
      source: input.source,
      sourceProgrammeId: programme ? input.sourceProgrammeId! : null,
      sourcePlaceId: programme && input.sourcePlaceId ? input.sourcePlaceId : null,
      sourceCareKind: care && input.sourceCareKind ? input.sourceCareKind : null,
      sourceCareFigure: care && input.sourceCareFigure ? input.sourceCareFigure : null,
    },
    types,
  };
}

/** Replaces the indicator's counted event types. */
export async function replaceSourceTypes(tx: Tx, indicatorId: string, types: string[]) {
  await tx.indicatorSourceEventType.deleteMany({ where: { indicatorId } });
  if (types.length)
    await tx.indicatorSourceEventType.createMany({ data: types.map((eventTypeId) => ({ indicatorId, eventTypeId })) });
}
