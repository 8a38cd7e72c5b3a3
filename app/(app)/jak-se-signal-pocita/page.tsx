import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignalRule } from "@/components/signal/signal-rule";
import { requirePage } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signal.page"))("title") };
}

/** How the signal is calculated: for every signed-in role (the same permission as the overview, which is everyone's). */
export default async function SignalRulePage() {
  await requirePage("overview.view");
  return <SignalRule />;
}
