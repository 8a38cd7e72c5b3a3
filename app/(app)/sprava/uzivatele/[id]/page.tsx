import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PersonPage } from "@/components/people/person-page";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { organisationChoices, personDetail } from "@/lib/people/queries";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = await getTranslations();
  // The name only for an admin: metadata is worked out beside the page, before its guard has refused anyone.
  const person = can((await currentUser())?.role, "users.manage") ? await personDetail((await params).id) : null;
  return { title: `${person?.name ?? t("people.title")} | ${t("people.title")} | ${t("app.title")}` };
}

export default async function PersonRoute({ params }: Params) {
  const admin = await requirePage("users.manage");
  const person = await personDetail((await params).id);
  if (!person) notFound();
  const organisations = await organisationChoices(person.organisationId);
  return <PersonPage person={person} organisations={organisations} selfId={admin.id} now={new Date()} />;
}
