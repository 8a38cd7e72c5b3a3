import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/people/invite-form";
import { requirePage } from "@/lib/auth/guard";
import { organisationChoices } from "@/lib/people/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: `${t("people.inviteTitle")} | ${t("app.title")}` };
}

export default async function InvitePage() {
  await requirePage("users.manage");
  const organisations = await organisationChoices();
  return <InviteForm organisations={organisations.map(({ id, name }) => ({ id, name }))} />;
}
