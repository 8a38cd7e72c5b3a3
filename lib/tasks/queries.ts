// "Moje úkoly" from the database: only the candidate rows are loaded (narrowed by role, organisation and the
// window), then ./due decides. Not marked server-only: the weekly reminder script (tsx) uses it too.
import { db, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { openWhere } from "@/lib/plan/overdue";
import { reportedByWhere } from "@/lib/plan/reporting";
import { dueTasks, taskWindow, type Task, type TaskUser } from "./due";
import { workScope } from "./scope";
import { now as clockNow } from "@/lib/clock";

const NOTHING = { id: { in: [] as string[] } };

function measureScope(user: TaskUser): Prisma.MeasureWhereInput {
  const live = { archivedAt: null, ...openWhere(), plan: { state: { in: ["ADOPTED" as const, "DRAFT" as const] } } };
  const scope = workScope(user);
  if (!scope) return NOTHING;
  return scope === "everyone" ? live : { ...live, ...reportedByWhere(scope.organisationId) };
}

function eventScope(user: TaskUser, today: Date): Prisma.RecruitmentEventWhereInput {
  const pastPlanned = { realisation: "PLANNED" as const, startDate: { lt: today } };
  const scope = workScope(user);
  if (!scope) return NOTHING;
  if (scope === "everyone") return { archivedAt: null, OR: [{ status: "SUBMITTED" }, pastPlanned] };
  return { archivedAt: null, organisationId: scope.organisationId, OR: [{ status: "RETURNED" }, pastPlanned] };
}

/**
 * The items that need `user`'s attention at `now`. The time of each candidate measure's latest progress update comes
 * from a grouped query filtered like the measures, not from a nested select (that sends the measure ids as bound
 * parameters, past SQLite's limit when a coordinator's plans have over a thousand measures).
 */
export async function tasksFor(user: TaskUser, now = clockNow(), client: Db = db): Promise<Task[]> {
  const w = taskWindow(now);
  const candidates: Prisma.MeasureWhereInput = {
    ...measureScope(user),
    OR: [{ deadline: { lt: w.today } }, { progressUpdates: { none: { createdAt: { gte: w.quarterStart } } } }],
  };
  const [measures, lastUpdates, events] = await Promise.all([
    client.measure.findMany({
      where: candidates,
      select: {
        id: true,
        code: true,
        title: true,
        status: true,
        deadline: true,
        carriedOverTo: { select: { id: true } },
        plan: { select: { yearFrom: true, yearTo: true } },
      },
    }),
    client.progressUpdate.groupBy({ by: ["measureId"], where: { measure: candidates }, _max: { createdAt: true } }),
    client.recruitmentEvent.findMany({
      where: eventScope(user, w.today),
      select: { id: true, title: true, startDate: true, status: true, realisation: true, organisationId: true },
    }),
  ]);
  const lastUpdateOf = new Map(lastUpdates.map((u) => [u.measureId, u._max.createdAt]));
  return dueTasks(
    {
      user,
      measures: measures.map(({ carriedOverTo, ...m }) => ({
        ...m,
        carriedOver: !!carriedOverTo,
        lastUpdateAt: lastUpdateOf.get(m.id) ?? null,
      })),
      events,
    },
    now,
  );
}

/** The user's own reminder switch, and whether this server can send e-mail at all. */
export async function reminderSetting(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { emailReminders: true } });
  return { enabled: user?.emailReminders ?? false, configured: !!process.env.SMTP_URL };
}
