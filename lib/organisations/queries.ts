import "server-only";
import { db } from "@/lib/db";
import { sortByName } from "@/lib/sort/collate";

/** Every organisation, active or not, in Czech alphabetical order (the admin's register). */
export async function listOrganisations() {
  return sortByName(
    await db.organisation.findMany({ select: { id: true, name: true, kind: true, isWorkingGroupMember: true, active: true, place: { select: { name: true } } } }),
  );
}
