import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PeopleList } from "@/components/people/people-list";
import { requirePage } from "@/lib/auth/guard";
import { listPeople, peopleFilters } from "@/lib/people/queries";
import { firstValues } from "@/lib/url-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: `${t("people.title")} | ${t("app.title")}` };
}

/** /sprava/uzivatele?role=MEMBER&stav=ceka&q=novak */
export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requirePage("users.manage");
  const filters = peopleFilters(firstValues(await searchParams));
  const { people, total } = await listPeople(filters);
  return <PeopleList people={people} total={total} filters={filters} selfId={admin.id} />;
}
