import "server-only";
// What the import page shows besides the form: the organisations to import for (the coordinator chooses one; a
// member's own one is fixed) and the code lists the help table names.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { sortByName } from "@/lib/sort/collate";
import { loggingOrganisation } from "@/lib/recruitment/access";

export async function importPageData(user: Pick<SessionUser, "role" | "organisationId">) {
  const fixed = loggingOrganisation(user);
  const member = fixed !== undefined;
  const organisations = sortByName(
    await db.organisation.findMany({
      where: member ? { id: fixed ?? "" } : { active: true },
      select: { id: true, name: true },
    }),
  );
  return { organisations, own: member ? (organisations[0] ?? null) : null };
}

export async function importHelpData() {
  const [types, places, programmes] = await Promise.all([
    db.eventType.findMany({
      where: { active: true },
      orderBy: { sortOrder: "asc" },
      select: { id: true, nameCs: true },
    }),
    db.place
      .findMany({ where: { kind: { in: ["REGION", "ORP"] } }, select: { id: true, name: true, kind: true } })
      .then((rows) => sortByName(rows, (p) => p.kind)),
    db.programme.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" }, select: { code: true } }),
  ]);
  return {
    type: types.map((t) => `${t.nameCs} (${t.id})`).join(", "),
    place: places.map((p) => `${p.name} (${p.id})`).join(", "),
    programme: programmes.map((p) => p.code).join(", "),
  };
}
