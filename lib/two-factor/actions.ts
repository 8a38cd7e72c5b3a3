"use server";
// Second-factor actions: the person's own (any signed-in user; start and confirm also for a session that must still
// enrol), and the admin's ("users.manage"): the policy and a person's reset.
import { defineAction } from "@/lib/actions/define-action";
import { writeSetting } from "@/lib/admin/settings";
import { UserError } from "@/lib/actions/errors";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { z } from "@/lib/validation";
import {
  clearSecondFactor,
  confirmEnrolment,
  disableSecondFactor,
  regenerateRecoveryCodes,
  startEnrolment,
} from "./enrolment";
import { formatRequiredRoles, POLICY_KEY } from "./policy";
import { codeSchema, disableSchema, policySchema, resetSchema } from "./schema";
import { notifySecurityChange } from "@/lib/account-links/security-notice";

export const startTwoFactor = defineAction("twoFactor.start", {
  permission: "signedIn",
  schema: z.object({}),
  refreshes: [], // a secret not yet confirmed: no page shows it
  duringEnrolment: true,
  run: (_input, user) => startEnrolment(db, user),
});

export const confirmTwoFactor = defineAction("twoFactor.confirm", {
  permission: "signedIn",
  schema: codeSchema,
  refreshes: ["accounts"],
  duringEnrolment: true,
  run: async ({ code }, user) => await confirmEnrolment(db, user, code),
});

export const regenerateRecovery = defineAction("twoFactor.regenerate", {
  permission: "signedIn",
  schema: codeSchema,
  refreshes: ["accounts"],
  run: async ({ code }, user) => await regenerateRecoveryCodes(db, user, code),
});

export const disableTwoFactor = defineAction("twoFactor.disable", {
  permission: "signedIn",
  schema: disableSchema,
  refreshes: ["accounts"],
  run: async (input, user) => await disableSecondFactor(db, user, input),
});

export const setTwoFactorPolicy = defineAction("twoFactor.setPolicy", {
  permission: "users.manage",
  schema: policySchema,
  refreshes: ["accounts"],
  run: async ({ roles }, user) => {
    const value = formatRequiredRoles(roles);
    await writeSetting(POLICY_KEY, value, user.id, (row) => ({ value: row.value }));
    return { value };
  },
});

/** The admin removes a person's second factor (a lost phone): the person signs in with the password and, where the
 * policy requires it, enrols again; every session of theirs ends. */
export const resetTwoFactor = defineAction("twoFactor.reset", {
  permission: "users.manage",
  schema: resetSchema,
  refreshes: ["accounts"],
  run: async ({ userId }, user) => {
    const person = await db.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, totpEnabledAt: true },
    });
    if (!person) throw new UserError("notFound");
    await db.$transaction(async (tx) => {
      await clearSecondFactor(tx, person.id, { sessionsValidFrom: new Date() });
      await audit(tx, {
        userId: user.id,
        action: "two_factor_reset",
        entity: "User",
        entityId: person.id,
        before: { enabled: !!person.totpEnabledAt },
        after: { enabled: false, email: person.email },
      });
    });
    if (person.totpEnabledAt) await notifySecurityChange(person, "two_factor_reset");
    return { reset: true };
  },
});
