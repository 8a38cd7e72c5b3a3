// "Do 60 dnů" in "Moje úkoly": what falls due within 60 days of today (Prague) — unfinished measures by their deadline,
// unfinished action-plan activities by the end of their action plan's year (an activity has no date of its own), and
// planned events by their first day. A member sees their organisation's; the coordinator everyone's; others nothing.
import { db, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { FINISHED, openWhere } from "@/lib/plan/overdue";
import { reportedByWhere } from "@/lib/plan/reporting";
import type { TaskUser } from "./due";
import { workScope } from "./scope";
import { compareText } from "@/lib/sort/collate";

export const UPCOMING_DAYS = 60;
const DAY = 86_400_000;

export type UpcomingKind = "measure" | "activity" | "event";
export type Upcoming = { kind: UpcomingKind; id: string; title: string; date: Date; href: string };

/** Day 0 (`today`, a Prague calendar date at 00:00 UTC, lib/tasks/time) to day 60, both included. */
export function upcomingWindow(today: Date): { from: Date; to: Date } {
  return { from: today, to: new Date(today.getTime() + UPCOMING_DAYS * DAY) };
}

/** Calendar dates are stored at 00:00 UTC: "before the day after `to`" keeps all of day 60. */
const within = (w: { from: Date; to: Date }) => ({ gte: w.from, lt: new Date(w.to.getTime() + DAY) });
const yearEnd = (year: number) => new Date(Date.UTC(year, 11, 31));

type Scope = {
  measure: Prisma.MeasureWhereInput;
  activity: Prisma.ActionPlanActivityWhereInput;
  event: Prisma.RecruitmentEventWhereInput;
} | null;

function scopeOf(user: TaskUser): Scope {
  const scope = workScope(user);
  if (scope === "everyone") return { measure: {}, activity: {}, event: {} };
  if (!scope) return null;
  const org = scope.organisationId;
  return {
    measure: reportedByWhere(org),
    activity: { OR: [{ organisationId: org }, { measure: reportedByWhere(org) }] },
    event: { organisationId: org },
  };
}

/** Everything due for `user` from `today` to day 60, by date (then by kind and title). */
export async function upcomingFor(user: TaskUser, today: Date, client: Db = db): Promise<Upcoming[]> {
  const scope = scopeOf(user);
  if (!scope) return [];
  const w = upcomingWindow(today);
  const years = [w.from.getUTCFullYear(), w.to.getUTCFullYear()].filter(
    (y, i, all) => all.indexOf(y) === i && yearEnd(y) >= w.from && yearEnd(y) <= w.to,
  );
  const livePlan = { state: { in: ["ADOPTED" as const, "DRAFT" as const] } };
  const [measures, activities, events] = await Promise.all([
    client.measure.findMany({
      where: { AND: [scope.measure, openWhere()], archivedAt: null, plan: livePlan, deadline: within(w) },
      select: { id: true, code: true, title: true, deadline: true },
    }),
    years.length
      ? client.actionPlanActivity.findMany({
          where: {
            AND: [scope.activity],
            archivedAt: null,
            status: { notIn: FINISHED },
            actionPlan: { year: { in: years }, plan: livePlan },
            measure: { archivedAt: null },
          },
          select: { id: true, title: true, actionPlan: { select: { id: true, year: true } } },
        })
      : [],
    client.recruitmentEvent.findMany({
      where: { AND: [scope.event], archivedAt: null, realisation: "PLANNED", startDate: within(w) },
      select: { id: true, title: true, startDate: true },
    }),
  ]);
  const items: Upcoming[] = [
    ...measures.map((m) => ({
      kind: "measure" as const,
      id: m.id,
      title: `${m.code} ${m.title}`,
      date: m.deadline!,
      href: `/strategicky-plan/opatreni/${m.id}`,
    })),
    ...activities.map((a) => ({
      kind: "activity" as const,
      id: a.id,
      title: a.title,
      date: yearEnd(a.actionPlan.year),
      href: `/strategicky-plan/akcni-plany/${a.actionPlan.id}`,
    })),
    ...events.map((e) => ({
      kind: "event" as const,
      id: e.id,
      title: e.title,
      date: e.startDate,
      href: `/nabor/akce/${e.id}`,
    })),
  ];
  const order: UpcomingKind[] = ["measure", "activity", "event"];
  return items.sort(
    (a, b) =>
      a.date.getTime() - b.date.getTime() ||
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      compareText(a.title, b.title),
  );
}
