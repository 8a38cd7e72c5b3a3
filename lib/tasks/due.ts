// What needs a user's attention ("Moje úkoly"), decided from candidate rows (pure). The queries in ./queries narrow
// the rows in the database with the same window; this decides the kinds, the links and the order.
import type { MeasureStatus, Realisation, ReviewStatus, Role } from "@/lib/db/generated/sqlite/enums";
import { isOpen, isOverdue } from "@/lib/plan/overdue";
import { pragueQuarter, pragueToday } from "./time";
import { isOwnWork } from "./scope";
import { compareText } from "@/lib/sort/collate";

export type TaskKind = "noUpdate" | "overdue" | "returned" | "awaitingReview" | "pastPlanned";
export const TASK_KINDS: TaskKind[] = ["overdue", "noUpdate", "returned", "awaitingReview", "pastPlanned"];

export type TaskWindow = {
  /** Prague's today as a calendar date (00:00 UTC): a deadline or event day before it has passed. */
  today: Date;
  /** 00:00 in Prague on the first day of this quarter: a progress update since then counts for the quarter. */
  quarterStart: Date;
  quarter: { year: number; quarter: number };
};

export function taskWindow(now: Date): TaskWindow {
  const { year, quarter, start } = pragueQuarter(now);
  return { today: pragueToday(now), quarterStart: start, quarter: { year, quarter } };
}

export type MeasureCandidate = {
  id: string;
  code: string;
  title: string;
  status: MeasureStatus;
  deadline: Date | null;
  lastUpdateAt: Date | null;
  carriedOver: boolean;
  plan: { yearFrom: number; yearTo: number };
};
export type EventCandidate = {
  id: string;
  title: string;
  startDate: Date;
  status: ReviewStatus;
  realisation: Realisation;
  organisationId: string;
};
export type TaskUser = { role: Role; organisationId: string | null };

/** `plan` tells measures of different plans apart (codes repeat across plans): "2024–2028". */
export type Task = { kind: TaskKind; id: string; title: string; href: string; date: Date | null; plan: string | null };

/** A finished measure, or one carried over into the next plan (its copy is the one to work on), needs nothing. */
export function measureKinds(m: MeasureCandidate, w: TaskWindow): TaskKind[] {
  if (!isOpen(m)) return [];
  const kinds: TaskKind[] = [];
  if (isOverdue(m, w.today)) kinds.push("overdue");
  if (!m.lastUpdateAt || m.lastUpdateAt.getTime() < w.quarterStart.getTime()) kinds.push("noUpdate");
  return kinds;
}

export function eventKinds(e: EventCandidate, user: TaskUser, w: TaskWindow): TaskKind[] {
  if (!isOwnWork(user, e)) return [];
  const coordinator = user.role === "COORDINATOR";
  const kinds: TaskKind[] = [];
  if (coordinator && e.status === "SUBMITTED") kinds.push("awaitingReview");
  if (!coordinator && e.status === "RETURNED") kinds.push("returned");
  if (e.realisation === "PLANNED" && e.startDate.getTime() < w.today.getTime()) kinds.push("pastPlanned");
  return kinds;
}

/** Every due item, grouped by kind in TASK_KINDS order, oldest date first within a kind. */
export function dueTasks(
  input: { user: TaskUser; measures: MeasureCandidate[]; events: EventCandidate[] },
  now: Date,
): Task[] {
  const w = taskWindow(now);
  const tasks: Task[] = [
    ...input.measures.flatMap((m) =>
      measureKinds(m, w).map((kind) => ({
        kind,
        id: m.id,
        title: `${m.code} ${m.title}`,
        href: `/strategicky-plan/opatreni/${m.id}`,
        date: kind === "overdue" ? m.deadline : null,
        plan: `${m.plan.yearFrom}–${m.plan.yearTo}`,
      })),
    ),
    ...input.events.flatMap((e) =>
      eventKinds(e, input.user, w).map((kind) => ({
        kind,
        id: e.id,
        title: e.title,
        href: `/nabor/akce/${e.id}`,
        date: e.startDate,
        plan: null,
      })),
    ),
  ];
  const order = (t: Task) => TASK_KINDS.indexOf(t.kind);
  const text = (a: string | null, b: string | null) => compareText(a ?? "", b ?? "");
  return tasks.sort(
    (a, b) =>
      order(a) - order(b) ||
      (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0) ||
      text(a.plan, b.plan) ||
      text(a.title, b.title),
  );
}
