// The organisations a form offers. A new record may name only active organisations; a record being edited keeps
// the ones it already names, even when they have been deactivated since (so saving it does not drop them).
import type { Db, Tx } from "@/lib/db";
import { db as defaultDb } from "@/lib/db";
import { sortByName } from "@/lib/sort/collate";

export async function organisationChoices(keep: (string | null | undefined)[] = [], client: Db | Tx = defaultDb) {
  const kept = keep.filter((id): id is string => !!id);
  const rows = await client.organisation.findMany({
    where: kept.length ? { OR: [{ active: true }, { id: { in: kept } }] } : { active: true },
    select: { id: true, name: true },
  });
  return sortByName(rows);
}
