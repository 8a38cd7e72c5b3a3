// Whether this instance can serve: the database answers and every migration in the build has been applied unchanged.
// For a proxy's or an orchestrator's health check, so it says why not in a few words and shows no data.
import { db as defaultDb, type Db } from "@/lib/db";
import { listMigrations, type Migration } from "@/lib/db/migrations";
import { currentProvider } from "@/lib/db/url";

export type Readiness =
  | { ready: true }
  | { ready: false; reason: "database_unreachable" | "migrations_pending" | "migration_changed"; count?: number };

/** A database that does not answer within this long counts as unreachable (the check must stay cheap). */
export const READY_TIMEOUT_MS = 2_000;

let expected: Migration[] | null = null;
const migrationsInBuild = () => (expected ??= listMigrations(currentProvider()));

export async function readiness(
  client: Db = defaultDb,
  migrations: Migration[] = migrationsInBuild(),
): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), READY_TIMEOUT_MS)));
  const applied = await Promise.race([
    client
      .$queryRawUnsafe<{ name: string; checksum: string }[]>(`SELECT "name", "checksum" FROM "_app_migrations"`)
      .catch(() => null),
    timeout,
  ]).finally(() => clearTimeout(timer));
  if (!applied) return { ready: false, reason: "database_unreachable" };
  const checksums = new Map(applied.map((row) => [row.name, row.checksum]));
  const pending = migrations.filter((m) => !checksums.has(m.name));
  if (pending.length) return { ready: false, reason: "migrations_pending", count: pending.length };
  if (migrations.some((m) => checksums.get(m.name) !== m.checksum))
    return { ready: false, reason: "migration_changed" };
  return { ready: true };
}
