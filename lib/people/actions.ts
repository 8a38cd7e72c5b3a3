"use server";
// The admin manages people: invites them (an account without a password and a 72-hour link to set one), changes
// their name, role and organisation, deactivates and reactivates them, and sends links for a new password.
// Every change is audited; tokens never are. A role or organisation change applies on the person's next request
// (lib/auth/session reads both from the database); a deactivation ends all their sessions at once.
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { defineAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/actions/errors";
import { issueLink } from "@/lib/account-links/links";
import { isUniqueViolation } from "@/lib/db/errors";
import { unassignableOrganisations } from "@/lib/organisations/choices";
import { sendPasswordResetLink } from "@/lib/password-reset/send-link";
import { deliverLink, type LinkDelivery } from "./deliver";
import { inviteSchema, personIdSchema, personState, setActiveSchema, updatePersonSchema } from "./schema";

const fieldError = (field: string, code: string) => new UserError("validation", { fieldErrors: { [field]: [code] } });

/** A newly assigned organisation must exist and be active; keeping one that was deactivated since is allowed. */
async function assertAssignable(tx: Tx, organisationId: string | null, kept: string | null = null) {
  const refused = organisationId && (await unassignableOrganisations(tx, [organisationId], [kept])).get(organisationId);
  if (refused === "unknown") throw fieldError("organisationId", "invalid_value");
  if (refused === "inactive") throw fieldError("organisationId", "organisationInactive");
}

/** Whether an active admin other than `userId` remains. */
const anotherActiveAdmin = async (tx: Tx, userId: string) =>
  (await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } })) > 0;

export const invitePerson = defineAction("people.invite", {
  permission: "users.manage",
  schema: inviteSchema,
  refreshes: ["accounts"],
  run: async (
    { name, email, role, organisationId: org },
    admin,
  ): Promise<LinkDelivery & { id: string; email: string }> => {
    const organisationId = org || null;
    let created: { id: string; url: string; expiresAt: Date };
    try {
      created = await db.$transaction(async (tx) => {
        if (await tx.user.findUnique({ where: { email }, select: { id: true } }))
          throw fieldError("email", "emailTaken");
        await assertAssignable(tx, organisationId);
        const user = await tx.user.create({
          data: { name, email, role, organisationId, passwordHash: null },
          select: { id: true },
        });
        await audit(tx, {
          userId: admin.id,
          action: "create",
          entity: "User",
          entityId: user.id,
          after: { name, email, role, organisationId },
        });
        const link = await issueLink(tx, { userId: user.id, kind: "INVITATION", createdById: admin.id });
        return { id: user.id, ...link };
      });
    } catch (error) {
      // Two admins inviting the same address at once: the second one meets the unique e-mail.
      if (isUniqueViolation(error)) throw fieldError("email", "emailTaken");
      throw error;
    }
    const delivery = await deliverLink({
      kind: "INVITATION",
      name,
      email,
      url: created.url,
      expiresAt: created.expiresAt,
      inviter: admin.name,
    });
    return { id: created.id, email, ...delivery };
  },
});

/** A new invitation for someone who has not accepted theirs yet; the older link stops working. */
export const resendInvitation = defineAction("people.resendInvitation", {
  permission: "users.manage",
  schema: personIdSchema,
  refreshes: ["accounts"],
  run: async ({ id }, admin): Promise<LinkDelivery & { email: string }> => {
    const { user, link } = await db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({
        where: { id },
        select: { id: true, name: true, email: true, active: true, passwordHash: true, lastSignInAt: true },
      });
      if (!user) throw new UserError("notFound");
      if (personState(user) !== "ceka") throw new UserError("invalidTransition", { reason: "notPending" });
      const link = await issueLink(tx, { userId: id, kind: "INVITATION", createdById: admin.id });
      await audit(tx, {
        userId: admin.id,
        action: "invitation_sent",
        entity: "User",
        entityId: id,
        after: { expiresAt: link.expiresAt },
      });
      return { user, link };
    });
    const delivery = await deliverLink({
      kind: "INVITATION",
      name: user.name,
      email: user.email,
      url: link.url,
      expiresAt: link.expiresAt,
      inviter: admin.name,
    });
    return { email: user.email, ...delivery };
  },
});

export const updatePerson = defineAction("people.update", {
  permission: "users.manage",
  schema: updatePersonSchema,
  refreshes: ["accounts"],
  run: async ({ id, name, role, organisationId: org }, admin) => {
    const organisationId = org || null;
    const changed = await db.$transaction(async (tx) => {
      const before = await tx.user.findUnique({
        where: { id },
        select: { name: true, role: true, organisationId: true, active: true },
      });
      if (!before) throw new UserError("notFound");
      if (before.role === "ADMIN" && role !== "ADMIN") {
        if (id === admin.id) throw fieldError("role", "selfDemote");
        if (before.active && !(await anotherActiveAdmin(tx, id))) throw fieldError("role", "lastAdmin");
      }
      await assertAssignable(tx, organisationId, before.organisationId);
      const next = { name, role, organisationId };
      const fields = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== before[k]);
      if (!fields.length) return [];
      const pick = (source: Record<string, unknown>) => Object.fromEntries(fields.map((k) => [k, source[k]]));
      await tx.user.update({ where: { id }, data: pick(next) });
      await audit(tx, {
        userId: admin.id,
        action: "update",
        entity: "User",
        entityId: id,
        before: pick(before),
        after: pick(next),
      });
      return fields;
    });
    return { changed };
  },
});

/** Deactivation ends every session of the person at once and voids their unused links; reactivation lets them sign
 * in again (with a new sign-in: the old sessions stay refused). */
export const setPersonActive = defineAction("people.setActive", {
  permission: "users.manage",
  schema: setActiveSchema,
  refreshes: ["accounts"],
  run: async ({ id, active }, admin) => {
    await db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id }, select: { role: true, active: true } });
      if (!user) throw new UserError("notFound");
      if (user.active === active) return;
      if (!active) {
        if (id === admin.id) throw new UserError("invalidTransition", { reason: "selfDeactivate" });
        if (user.role === "ADMIN" && !(await anotherActiveAdmin(tx, id)))
          throw new UserError("invalidTransition", { reason: "lastAdmin" });
      }
      const now = new Date();
      await tx.user.update({ where: { id }, data: { active, sessionsValidFrom: now } });
      if (!active) await tx.accountLink.updateMany({ where: { userId: id, usedAt: null }, data: { usedAt: now } });
      await audit(tx, {
        userId: admin.id,
        action: active ? "reactivate" : "deactivate",
        entity: "User",
        entityId: id,
        before: { active: user.active },
        after: { active },
      });
    });
    return { active };
  },
});

/** A 1-hour link for a new password (lib/password-reset), for an active person who has accepted their invitation. */
export const sendResetLink = defineAction("people.sendPasswordReset", {
  permission: "users.manage",
  schema: personIdSchema,
  refreshes: ["accounts"],
  run: async ({ id }, admin): Promise<LinkDelivery & { email: string }> => {
    const user = await db.user.findUnique({
      where: { id },
      select: { email: true, active: true, passwordHash: true, lastSignInAt: true },
    });
    if (!user) throw new UserError("notFound");
    const state = personState(user);
    if (state !== "aktivni")
      throw new UserError("invalidTransition", { reason: state === "ceka" ? "notAccepted" : "inactive" });
    const result = await sendPasswordResetLink(db, id, admin.id);
    const link = await db.accountLink.findFirst({
      where: { userId: id, kind: "PASSWORD_RESET", usedAt: null },
      orderBy: { createdAt: "desc" },
      select: { expiresAt: true },
    });
    return {
      email: user.email,
      sent: result.sent,
      url: result.url,
      expiresAt: link?.expiresAt ?? new Date(),
      failed: false,
    };
  },
});
