import "server-only";
// Campaigns with their totals: confirmed (realised, not archived) events only, counted and summed by the database.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { CONFIRMED_EVENT } from "@/lib/programmes/counting";
import { visibleEventsWhere } from "@/lib/recruitment/access";
import { EVENT_PAGE_SIZE, eventRowSelect } from "@/lib/recruitment/event-list";

export type CampaignTotals = { events: number; reached: number; costHaler: bigint };
const ZERO: CampaignTotals = { events: 0, reached: 0, costHaler: 0n };
const add = (a: CampaignTotals, b: CampaignTotals): CampaignTotals => ({
  events: a.events + b.events,
  reached: a.reached + b.reached,
  costHaler: a.costHaler + b.costHaler,
});

/** Totals per campaign (its own events, not its weeks'). */
async function totalsBy(campaignIds?: string[]): Promise<Map<string, CampaignTotals>> {
  const rows = await db.recruitmentEvent.groupBy({
    by: ["campaignId"],
    where: { ...CONFIRMED_EVENT, campaignId: campaignIds ? { in: campaignIds } : { not: null } },
    _count: { _all: true },
    _sum: { peopleReached: true, costHaler: true },
  });
  return new Map(
    rows.map((r) => [
      r.campaignId!,
      { events: r._count._all, reached: r._sum.peopleReached ?? 0, costHaler: r._sum.costHaler ?? 0n },
    ]),
  );
}

type Campaign = {
  id: string;
  name: string;
  description: string | null;
  startDate: Date | null;
  endDate: Date | null;
  parentId: string | null;
};
export type CampaignSummary = Campaign & {
  own: CampaignTotals;
  total: CampaignTotals;
  children: (Campaign & { own: CampaignTotals })[];
};

function summarise(c: Campaign, children: Campaign[], totals: Map<string, CampaignTotals>): CampaignSummary {
  const own = totals.get(c.id) ?? ZERO;
  const kids = children.map((k) => ({ ...k, own: totals.get(k.id) ?? ZERO }));
  return { ...c, own, total: kids.reduce((sum, k) => add(sum, k.own), own), children: kids };
}

const order = [{ startDate: "desc" as const }, { name: "asc" as const }];

/** Top-level campaigns, the latest first, each with its weeks; `total` adds the weeks' totals to its own. */
export async function listCampaigns(): Promise<CampaignSummary[]> {
  const [campaigns, totals] = await Promise.all([db.campaign.findMany({ orderBy: order }), totalsBy()]);
  return campaigns
    .filter((c) => !c.parentId)
    .map((c) =>
      summarise(
        c,
        campaigns.filter((k) => k.parentId === c.id),
        totals,
      ),
    );
}

/** One campaign with its parent, its weeks and their totals, and one page of its events as the user may see them. */
export async function campaignDetail(id: string, user: Pick<SessionUser, "role" | "organisationId">, page = 1) {
  const campaign = await db.campaign.findUnique({
    where: { id },
    include: { parent: { select: { id: true, name: true } }, children: { orderBy: order } },
  });
  if (!campaign) return null;
  const { parent, children, ...fields } = campaign;
  const where = { campaignId: id, archivedAt: null, AND: [visibleEventsWhere(user)] };
  const [totals, eventCount, events, parents] = await Promise.all([
    totalsBy([id, ...children.map((c) => c.id)]),
    db.recruitmentEvent.count({ where }),
    db.recruitmentEvent.findMany({
      where,
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
      skip: (page - 1) * EVENT_PAGE_SIZE,
      take: EVENT_PAGE_SIZE,
      select: eventRowSelect,
    }),
    campaignParents(id),
  ]);
  const pages = Math.max(1, Math.ceil(eventCount / EVENT_PAGE_SIZE));
  return { summary: summarise(fields, children, totals), parent, events, eventCount, pages, parents };
}

/** Campaigns a campaign may sit in: the top-level ones other than itself. */
export async function campaignParents(exceptId?: string) {
  return db.campaign.findMany({
    where: { parentId: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    orderBy: order,
    select: { id: true, name: true },
  });
}
