// When a measure still needs work in its own plan, and when it is overdue: the one rule behind "Moje úkoly", the
// reminder e-mails, the dashboard's overdue list and the measure list's "po termínu" filter. Pure (the reminder
// script runs it outside Next.js); `isOverdue` judges a loaded row, `overdueWhere` asks the database the same.
import type { MeasureStatus } from "@/lib/db/generated/sqlite/enums";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { pragueToday } from "@/lib/tasks/time";

/** Measures in these states need neither progress updates nor a deadline kept. */
export const FINISHED: MeasureStatus[] = ["COMPLETED", "CANCELLED"];

/** `carriedOver`: continued in the next plan, where its copy carries the work (and its own deadline). */
export type OpenInput = { status: MeasureStatus; carriedOver: boolean };
export type OverdueInput = OpenInput & { deadline: Date | null };

export function isOpen(m: OpenInput): boolean {
  return !FINISHED.includes(m.status) && !m.carriedOver;
}

/** Open and its deadline day has passed in Prague: overdue from the day after the deadline. */
export function isOverdue(m: OverdueInput, now: Date): boolean {
  return isOpen(m) && m.deadline !== null && m.deadline.getTime() < pragueToday(now).getTime();
}

/** `isOpen` as a Prisma filter. */
export function openWhere(): Prisma.MeasureWhereInput {
  return { status: { notIn: FINISHED }, carriedOverTo: { is: null } };
}

/** `isOverdue` as a Prisma filter; combine it under AND so that it never replaces another status filter. */
export function overdueWhere(now: Date): Prisma.MeasureWhereInput {
  return { ...openWhere(), deadline: { lt: pragueToday(now) } };
}
