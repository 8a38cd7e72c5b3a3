import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { compareText, sortByName } from "@/lib/sort/collate";
import type { OrganisationInput } from "./schema";

export type ActiveFilter = "active" | "inactive" | "all";

export const parseActiveFilter = (value: string | string[] | undefined): ActiveFilter =>
  value === "neaktivni" ? "inactive" : value === "vse" ? "all" : value === "aktivni" ? "active" : "all";

/** Every organisation (or the active / inactive ones) in Czech alphabetical order: the admin's register. */
export async function listOrganisations(filter: ActiveFilter = "all") {
  return sortByName(
    await db.organisation.findMany({
      where: filter === "all" ? {} : { active: filter === "active" },
      select: {
        id: true,
        name: true,
        shortName: true,
        ico: true,
        kind: true,
        isWorkingGroupMember: true,
        active: true,
        place: { select: { name: true, parent: { select: { name: true } } } },
        _count: { select: { users: true } },
      },
    }),
  );
}

export type OrganisationRow = Awaited<ReturnType<typeof listOrganisations>>[number];

/** The seats to choose from: the region's ORPs, each with its district, grouped by district in Czech order. */
export async function orpOptions() {
  const orps = await db.place.findMany({
    where: { kind: "ORP" },
    select: { id: true, name: true, parent: { select: { name: true } } },
  });
  return orps
    .map((p) => ({ id: p.id, name: p.name, district: p.parent?.name ?? "" }))
    .sort((a, b) => compareText(a.district, b.district) || compareText(a.name, b.name));
}

/** An organisation for its edit page: the form's values, its state and its members. */
export async function organisationForEdit(id: string) {
  const o = await db.organisation.findUnique({
    where: { id },
    include: { users: { select: { id: true, name: true, email: true, role: true, active: true } } },
  });
  if (!o) notFound();
  const initial: OrganisationInput = {
    name: o.name,
    shortName: o.shortName ?? "",
    ico: o.ico ?? "",
    kind: o.kind,
    placeId: o.placeId ?? "",
    isWorkingGroupMember: o.isWorkingGroupMember,
  };
  return { id: o.id, name: o.name, active: o.active, initial, members: sortByName(o.users) };
}

export type OrganisationMember = Awaited<ReturnType<typeof organisationForEdit>>["members"][number];
