import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { OrganisationMembers } from "@/components/organisations/organisation-members";
import { OrganisationState } from "@/components/organisations/organisation-state";
import { requirePage } from "@/lib/auth/guard";
import { organisationForEdit, orpOptions } from "@/lib/organisations/queries";

export default async function EditOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePage("organisations.manage");
  const [organisation, orps, t] = await Promise.all([
    organisationForEdit((await params).id),
    orpOptions(),
    getTranslations("organisations"),
  ]);
  return (
    <div className="space-y-4">
      <p>
        <Link href="/sprava/organizace" className="link-target">
          {t("backToList")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">
        {t("editTitle")}: {organisation.name}
      </h1>
      <OrganisationForm id={organisation.id} initial={organisation.initial} orps={orps} />
      <OrganisationState id={organisation.id} active={organisation.active} />
      <OrganisationMembers members={organisation.members} />
    </div>
  );
}
