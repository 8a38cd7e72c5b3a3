import "server-only";
import { forbidden, notFound } from "next/navigation";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { formatNumber } from "@/lib/format";
import { canEditEvent, loggingOrganisation } from "./access";
import type { EventInput } from "./schema";
import { now } from "@/lib/clock";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const count = (n: number | null) => (n === null ? "" : String(n));

async function ownOrganisationName(user: SessionUser) {
  const fixed = loggingOrganisation(user);
  if (!fixed) return null;
  return (await db.organisation.findUnique({ where: { id: fixed } }))?.name ?? null;
}

/** A new event: today, in the recruitment programme running today. */
export async function newEventForm(
  user: SessionUser,
  programmes: { id: string; periodStart: Date; periodEnd: Date }[],
) {
  const today = now();
  const programme = programmes.find((p) => p.periodStart <= today && today <= p.periodEnd) ?? programmes[0];
  const initial: EventInput = {
    programmeId: programme?.id ?? "",
    eventTypeId: "",
    placeId: "",
    title: "",
    startDate: day(today),
    audience: "PUBLIC",
    realisation: "REALISED",
    organisationId: "",
    campaignId: "",
    partnerIds: [],
  };
  return { initial, ownOrganisation: await ownOrganisationName(user), returnedComment: null };
}

export async function eventEditForm(id: string, user: SessionUser) {
  const e = await db.recruitmentEvent.findUnique({ where: { id }, include: { partners: true } });
  if (!e || e.archivedAt) notFound();
  if (!canEditEvent(user, e)) forbidden();
  const initial: EventInput = {
    id: e.id,
    version: e.version,
    programmeId: e.programmeId,
    organisationId: e.organisationId,
    eventTypeId: e.eventTypeId,
    campaignId: e.campaignId ?? "",
    title: e.title,
    description: e.description ?? "",
    startDate: day(e.startDate),
    endDate: day(e.endDate),
    municipality: e.municipality ?? "",
    placeId: e.placeId ?? "",
    audience: e.audience,
    realisation: e.realisation,
    peopleReached: count(e.peopleReached),
    inquiries: count(e.inquiries),
    applicants: count(e.applicants),
    cost: e.costHaler === null ? "" : formatNumber(Number(e.costHaler) / 100, "cs").replace(/\s/g, " "),
    partnerIds: e.partners.map((p) => p.organisationId),
  };
  return {
    initial,
    ownOrganisation: await ownOrganisationName(user),
    returnedComment: e.status === "RETURNED" ? e.reviewComment : null,
  };
}
