// Whether a restored copy can be trusted: SQLite's own integrity check, tallies equal to their recompute from the
// events (lib/programmes/tally-oracle.ts), and the events written since `since` matched one to one with the audit
// entries the same transactions wrote (a create for each, a confirm for each confirmed one). Used by the backup test
// and the fault scenario "backup-under-writers"; an empty list means consistent.
import { isDeepStrictEqual } from "node:util";
import type { Db } from "@/lib/db";
import { expectedTallies, storedTallies } from "@/lib/programmes/tally-oracle";

export async function copyProblems(db: Db, provider: "sqlite" | "postgresql", since: Date): Promise<string[]> {
  const problems: string[] = [];
  if (provider === "sqlite") {
    const [{ integrity_check: check }] =
      await db.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
    if (check !== "ok") problems.push(`integrity_check: ${check}`);
  }
  const [stored, expected] = await Promise.all([storedTallies(db), expectedTallies(db)]);
  for (const tally of ["days", "summary", "orgs"] as const) {
    const keys = new Set([...Object.keys(stored[tally]), ...Object.keys(expected[tally])]);
    const off = [...keys].filter((k) => !isDeepStrictEqual(stored[tally][k], expected[tally][k]));
    if (off.length) problems.push(`${off.length} ${tally} tallies differ from the events (e.g. ${off[0]})`);
  }
  const [events, entries] = await Promise.all([
    db.recruitmentEvent.findMany({ where: { createdAt: { gte: since } }, select: { id: true, status: true } }),
    db.auditLog.findMany({
      where: { entity: "RecruitmentEvent", createdAt: { gte: since } },
      select: { entityId: true, action: true },
    }),
  ]);
  const tally = new Map<string, number>();
  for (const e of entries) tally.set(`${e.entityId}|${e.action}`, (tally.get(`${e.entityId}|${e.action}`) ?? 0) + 1);
  const audited = (id: string, action: string) => tally.get(`${id}|${action}`) ?? 0;
  const unaudited = events.filter(
    (e) => audited(e.id, "create") !== 1 || audited(e.id, "confirm") !== (e.status === "CONFIRMED" ? 1 : 0),
  );
  if (unaudited.length)
    problems.push(`${unaudited.length} of ${events.length} new events lack their audit entries (or have two)`);
  const ids = new Set(events.map((e) => e.id));
  const orphans = entries.filter((e) => e.action === "create" && !ids.has(e.entityId ?? ""));
  if (orphans.length) problems.push(`${orphans.length} create audit entries name an event the copy does not hold`);
  return problems;
}
