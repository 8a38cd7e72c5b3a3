import "server-only";
// The checks of an event that need the database: the programme's period, a known ORP and event type, and no
// "realised" event in the future. Shared by the event form's action and the spreadsheet import.
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import type { FieldErrors } from "@/lib/actions/errors";
import { formatDate } from "@/lib/format";
import { toDate } from "@/lib/validation/fields";
import type { EventValues } from "./schema";
import { now } from "@/lib/clock";

type Reader = Pick<Prisma.TransactionClient, "programme" | "place" | "eventType">;
type Checked = Pick<EventValues, "programmeId" | "placeId" | "eventTypeId" | "startDate" | "endDate" | "realisation">;

export async function eventRuleErrors(db: Reader, e: Checked, today = now()): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const [programme, place, type] = await Promise.all([
    db.programme.findUnique({ where: { id: e.programmeId } }),
    db.place.findUnique({ where: { id: e.placeId } }),
    db.eventType.findUnique({ where: { id: e.eventTypeId } }),
  ]);
  if (!programme || !programme.active) errors.programmeId = ["invalid_value"];
  if (!place || place.kind === "DISTRICT") errors.placeId = ["unknownPlace"];
  if (!type || !type.active) errors.eventTypeId = ["unknownType"];
  const start = toDate(e.startDate)!;
  const end = toDate(e.endDate) ?? start;
  if (programme && (start < programme.periodStart || end > programme.periodEnd)) {
    errors.startDate = [`outsideProgramme|${formatDate(programme.periodStart)} – ${formatDate(programme.periodEnd)}`];
  }
  if (e.realisation === "REALISED" && start.getTime() > today.getTime())
    errors.startDate = [...(errors.startDate ?? []), "realisedInFuture"];
  return errors;
}
