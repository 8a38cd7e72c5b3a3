import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { requirePage } from "@/lib/auth/guard";
import { orpOptions } from "@/lib/organisations/queries";

export default async function NewOrganisationPage() {
  await requirePage("organisations.manage");
  const t = await getTranslations("organisations");
  return (
    <div className="space-y-4">
      <p>
        <Link href="/sprava/organizace" className="link-target">
          {t("backToList")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <OrganisationForm
        initial={{ name: "", shortName: "", ico: "", kind: "NGO", placeId: "", isWorkingGroupMember: true }}
        orps={await orpOptions()}
      />
    </div>
  );
}
