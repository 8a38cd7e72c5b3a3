import "server-only";
// "Poslední importy" on an import page: the user's own last runs of that kind; the coordinator sees everyone's.
import { db } from "@/lib/db";
import type { ImportKind } from "@/lib/db/generated/sqlite/enums";
import type { SessionUser } from "@/lib/auth/session";
import { shownStatus } from "./status";

export const RECENT_RUNS = 5;

export async function recentRuns(user: Pick<SessionUser, "id" | "role">, kind: ImportKind) {
  const everyone = user.role === "COORDINATOR";
  const runs = await db.importRun.findMany({
    where: { kind, ...(everyone ? {} : { userId: user.id }) },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: RECENT_RUNS,
    select: {
      id: true,
      fileName: true,
      rowCount: true,
      status: true,
      created: true,
      updated: true,
      startedAt: true,
      user: { select: { name: true } },
    },
  });
  const now = Date.now();
  return {
    everyone,
    runs: runs.map(({ user: by, ...run }) => ({ ...run, by: by.name, status: shownStatus(run, now) })),
  };
}

export type RecentRuns = Awaited<ReturnType<typeof recentRuns>>;
