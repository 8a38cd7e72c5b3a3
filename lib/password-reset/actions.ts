"use server";
// The two public actions of a signed-out visitor. They are not defineAction()s (no session to check); each validates
// its own input and is listed in test/permission-matrix.integration.test.ts (NOT_ACTIONS) with the reason.
import { headers } from "next/headers";
import { after } from "next/server";
import { db } from "@/lib/db";
import { bumpDataVersion } from "@/lib/cache/data-version";
import { requestReset } from "./request";
import { setPasswordWithLink, type SetPasswordResult } from "./set-password";

async function clientIp(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for");
  return forwarded?.split(",")[0]?.trim().slice(0, 64) || "unknown";
}

/** "Zapomenuté heslo": always the same answer; the link goes out after it (lib/password-reset/request). */
export async function requestPasswordReset(input: unknown) {
  return requestReset(db, input, await clientIp(), (work) => after(work));
}

/** Sets the password through a link's token (lib/password-reset/set-password). */
export async function setPassword(input: unknown): Promise<SetPasswordResult> {
  const result = await setPasswordWithLink(db, input, await clientIp());
  if (result.ok) await bumpDataVersion();
  return result;
}
