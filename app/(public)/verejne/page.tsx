import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublicSummary } from "@/components/public-page/public-summary";
import { requirePublicPage } from "@/lib/public-page/setting";
import { publicSummary } from "@/lib/public-page/summary";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("publicPage");
  return { title: t("title") };
}

// The public transparency page, without signing in; 404 unless the admin has switched it on.
export default async function PublicPage() {
  await requirePublicPage();
  return <PublicSummary data={await publicSummary()} />;
}
