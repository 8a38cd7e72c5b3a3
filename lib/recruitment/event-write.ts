import "server-only";
import { eventSearchText } from "@/lib/search";
import { toDate, toHaler } from "@/lib/validation/fields";
import type { EventValues } from "./schema";

/** The Prisma fields of an event from its form values (organisation, status and version are decided by the caller). */
export function eventFields(e: EventValues) {
  return {
    programmeId: e.programmeId,
    eventTypeId: e.eventTypeId,
    campaignId: e.campaignId || null,
    title: e.title,
    description: e.description || null,
    startDate: toDate(e.startDate)!,
    endDate: toDate(e.endDate),
    municipality: e.municipality || null,
    placeId: e.placeId,
    audience: e.audience,
    realisation: e.realisation,
    peopleReached: e.peopleReached ?? null,
    costHaler: toHaler(e.cost),
    inquiries: e.inquiries ?? null,
    applicants: e.applicants ?? null,
    searchText: eventSearchText(e),
  };
}
