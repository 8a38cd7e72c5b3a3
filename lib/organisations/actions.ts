"use server";
// The admin keeps the register of the working group's organisations. An organisation is never deleted: deactivated,
// it leaves the pickers for new records, and the records that name it keep it.
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { defineAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/actions/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import { organisationSchema, setActiveSchema, updateOrganisationSchema, type OrganisationValues } from "./schema";

const sameName = (a: string, b: string) => a.toLocaleLowerCase("cs") === b.toLocaleLowerCase("cs");

/** The checks the database cannot word: a name or IČO another organisation has, a seat that is not an ORP. */
async function checked(tx: Tx, values: OrganisationValues, selfId: string | null) {
  const fieldErrors: Record<string, string[]> = {};
  const others = await tx.organisation.findMany({
    where: selfId ? { id: { not: selfId } } : {},
    select: { name: true, ico: true },
  });
  if (others.some((o) => sameName(o.name, values.name))) fieldErrors.name = ["duplicateName"];
  const holder = values.ico ? others.find((o) => o.ico === values.ico) : undefined;
  if (holder) fieldErrors.ico = [`duplicateIco|${holder.name}`];
  if (
    values.placeId &&
    !(await tx.place.findFirst({ where: { id: values.placeId, kind: "ORP" }, select: { id: true } }))
  ) {
    fieldErrors.placeId = ["unknownOrp"];
  }
  if (Object.keys(fieldErrors).length) throw new UserError("validation", { fieldErrors });
  return {
    name: values.name,
    shortName: values.shortName || null,
    ico: values.ico || null,
    kind: values.kind,
    placeId: values.placeId || null,
    isWorkingGroupMember: values.isWorkingGroupMember,
  };
}

/** A unique index refusing a write that raced past the checks is a conflict, not a failure. */
async function unique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError("conflict");
    throw error;
  }
}

export const createOrganisation = defineAction("organisations.create", {
  permission: "organisations.manage",
  schema: organisationSchema,
  refreshes: ["organisations"],
  run: async (values, user) =>
    await unique(() =>
      db.$transaction(async (tx) => {
        const after = await tx.organisation.create({ data: await checked(tx, values, null) });
        await audit(tx, { userId: user.id, action: "create", entity: "Organisation", entityId: after.id, after });
        return { id: after.id };
      }),
    ),
});

export const updateOrganisation = defineAction("organisations.update", {
  permission: "organisations.manage",
  schema: updateOrganisationSchema,
  refreshes: ["organisations"],
  run: async ({ id, ...values }, user) =>
    await unique(() =>
      db.$transaction(async (tx) => {
        const before = await tx.organisation.findUnique({ where: { id } });
        if (!before) throw new UserError("notFound");
        const after = await tx.organisation.update({ where: { id }, data: await checked(tx, values, id) });
        await audit(tx, { userId: user.id, action: "update", entity: "Organisation", entityId: id, before, after });
        return { id };
      }),
    ),
});

/** Deactivates or reactivates; the members' accounts are left as they are (people are managed on their own page). */
export const setOrganisationActive = defineAction("organisations.setActive", {
  permission: "organisations.manage",
  schema: setActiveSchema,
  refreshes: ["organisations"],
  run: async ({ id, active }, user) =>
    await db.$transaction(async (tx) => {
      const before = await tx.organisation.findUnique({ where: { id } });
      if (!before) throw new UserError("notFound");
      if (before.active === active) return { id, active };
      const after = await tx.organisation.update({ where: { id }, data: { active } });
      await audit(tx, {
        userId: user.id,
        action: "update",
        entity: "Organisation",
        entityId: id,
        before: { active: before.active },
        after: { active: after.active },
      });
      return { id, active };
    }),
});
