"use server";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/i18n/config";

/** Stores the chosen UI language (no permission needed: it only affects the caller's own cookie). */
export async function setLocale(locale: string): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, toLocale(locale), { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
}
