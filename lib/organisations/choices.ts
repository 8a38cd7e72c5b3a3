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

/** The same rule on the server, the one check every save that names organisations makes: of `ids`, those a save may
 * not newly name — unknown ones and inactive ones (`kept`: the ones the record names already, allowed either way). */
export async function unassignableOrganisations(
  client: Db | Tx,
  ids: (string | null | undefined)[],
  kept: (string | null | undefined)[] = [],
): Promise<Map<string, "unknown" | "inactive">> {
  const named = [...new Set(ids.filter((id): id is string => !!id && !kept.includes(id)))];
  if (!named.length) return new Map();
  const found = await client.organisation.findMany({
    where: { id: { in: named } },
    select: { id: true, active: true },
  });
  const active = new Map(found.map((o) => [o.id, o.active]));
  const refused = new Map<string, "unknown" | "inactive">();
  for (const id of named) {
    const state = active.get(id);
    if (state === undefined) refused.set(id, "unknown");
    else if (!state) refused.set(id, "inactive");
  }
  return refused;
}

/** unassignableOrganisations as field errors for inactive organisations; unknown ids are left to the foreign keys. */
export async function inactiveOrganisationErrors(
  client: Db | Tx,
  fields: Record<string, (string | null | undefined)[]>,
  kept: (string | null | undefined)[] = [],
) {
  const refused = await unassignableOrganisations(client, Object.values(fields).flat(), kept);
  const errors: Record<string, string[]> = {};
  for (const [field, ids] of Object.entries(fields))
    if (ids.some((id) => id && refused.get(id) === "inactive")) errors[field] = ["inactiveOrganisation"];
  return errors;
}
