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

/** The same rule on the server: field errors for organisations a save would newly name while they are inactive
 * (`kept`: the ones the record names already). Unknown ids are left to the foreign keys. */
export async function inactiveOrganisationErrors(
  client: Db | Tx,
  fields: Record<string, (string | null | undefined)[]>,
  kept: (string | null | undefined)[] = [],
) {
  const named = Object.values(fields)
    .flat()
    .filter((id): id is string => !!id && !kept.includes(id));
  if (!named.length) return {};
  const inactive = new Set(
    (await client.organisation.findMany({ where: { id: { in: named }, active: false }, select: { id: true } })).map(
      (o) => o.id,
    ),
  );
  const errors: Record<string, string[]> = {};
  for (const [field, ids] of Object.entries(fields))
    if (ids.some((id) => id && inactive.has(id) && !kept.includes(id))) errors[field] = ["inactiveOrganisation"];
  return errors;
}
