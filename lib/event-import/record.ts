import "server-only";
// An event as one spreadsheet row in the import columns: what the export writes, and what the import falls back
// to for a column its file leaves out.
import type { Prisma, RecruitmentEvent } from "@/lib/db/generated/sqlite/client";
import type { OutValue } from "@/lib/spreadsheet/write";
import type { ColumnKey } from "./columns";
import { AUDIENCE_LABELS, REALISATION_LABELS } from "./labels";
import type { Lookups } from "./lookups";

export type EventRecord = Record<ColumnKey, OutValue>;

export const recordSelect = {
  id: true,
  startDate: true,
  endDate: true,
  eventTypeId: true,
  title: true,
  description: true,
  municipality: true,
  placeId: true,
  audience: true,
  realisation: true,
  peopleReached: true,
  costHaler: true,
  inquiries: true,
  applicants: true,
  campaignId: true,
  programmeId: true,
  organisationId: true,
} satisfies Prisma.RecruitmentEventSelect;

type Selected = Pick<RecruitmentEvent, keyof typeof recordSelect>;

export function recordOf(e: Selected, lookups: Lookups): EventRecord {
  return {
    startDate: e.startDate,
    endDate: e.endDate,
    type: lookups.types.label(e.eventTypeId),
    title: e.title,
    description: e.description,
    municipality: e.municipality,
    place: lookups.places.label(e.placeId),
    audience: AUDIENCE_LABELS[e.audience].cs,
    realisation: REALISATION_LABELS[e.realisation].cs,
    peopleReached: e.peopleReached,
    cost: e.costHaler,
    inquiries: e.inquiries,
    applicants: e.applicants,
    campaign: lookups.campaigns.label(e.campaignId),
    programme: lookups.programmes.label(e.programmeId),
    organisation: lookups.organisations.label(e.organisationId),
  };
}
