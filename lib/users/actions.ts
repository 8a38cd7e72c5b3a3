"use server";
// What every signed-in user may do with their own account: change the password, sign out on all devices.
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { defineAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/actions/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { z } from "@/lib/validation";
import { changePasswordSchema, notBasedOnEmail } from "./schema";
import { notifySecurityChange } from "@/lib/account-links/security-notice";

/** A new password ends every existing session, this one included: the user signs in again. */
export const changePassword = defineAction("account.changePassword", {
  permission: "signedIn",
  schema: changePasswordSchema,
  refreshes: [], // the session ends and the client leaves for the sign-in page: no page to refresh
  run: async ({ current, password }, user) => {
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    if (!(await verifyPassword(current, stored.passwordHash)))
      throw new UserError("validation", { fieldErrors: { current: ["wrongPassword"] } });
    if (!notBasedOnEmail(stored.email, password))
      throw new UserError("validation", { fieldErrors: { password: ["weakPassword"] } });
    const now = new Date();
    await db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: user.id },
        data: { passwordHash: await hashPassword(password), passwordChangedAt: now, sessionsValidFrom: now },
      });
      await audit(tx, { userId: user.id, action: "password_change", entity: "User", entityId: user.id });
    });
    await notifySecurityChange(stored, "password_change", now);
    return { changed: true };
  },
});

export const signOutEverywhere = defineAction("account.signOutEverywhere", {
  permission: "signedIn",
  schema: z.object({}),
  refreshes: [], // the session ends and the client leaves for the sign-in page: no page to refresh
  run: async (_input, user) => {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { sessionsValidFrom: new Date() } });
      await audit(tx, { userId: user.id, action: "sign_out_everywhere", entity: "User", entityId: user.id });
    });
    return { done: true };
  },
});
