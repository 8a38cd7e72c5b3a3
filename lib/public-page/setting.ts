import "server-only";
// The admin's switch of the public transparency page (/verejne): off unless the Setting row says "on".
import { notFound } from "next/navigation";
import { db } from "@/lib/db";

export const PUBLIC_PAGE_KEY = "publicPage";

export async function isPublicPageOn(): Promise<boolean> {
  const setting = await db.setting.findUnique({ where: { key: PUBLIC_PAGE_KEY } });
  return setting?.value === "on";
}

/** For the public route: 404 while the page is off, so that its existence is not even revealed. */
export async function requirePublicPage(): Promise<void> {
  if (!(await isPublicPageOn())) notFound();
}
