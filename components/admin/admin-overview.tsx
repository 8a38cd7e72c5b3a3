import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { PublicPageSwitch } from "@/components/public-page/public-page-switch";
import { TwoFactorPolicyForm } from "@/components/two-factor/policy-form";
import { TableHead } from "@/components/ui/table-head";
import type { listEventTypes, registerCounts } from "@/lib/admin/queries";

type Props = {
  counts: Awaited<ReturnType<typeof registerCounts>>;
  eventTypes: Awaited<ReturnType<typeof listEventTypes>>;
};

export async function AdminOverview({ counts, eventTypes }: Props) {
  const t = await getTranslations();
  const yesNo = (value: boolean) => t(value ? "admin.yes" : "admin.no");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("admin.title")}</h1>
      <p>
        <Link href="/sprava/audit">{t("admin.auditLink")}</Link>
      </p>
      <PublicPageSwitch />
      <TwoFactorPolicyForm />
      <ul className="grid gap-3 sm:grid-cols-2" aria-label={t("admin.registers")}>
        <li className="card">
          <Link href="/sprava/uzivatele" className="text-lg font-semibold">
            {t("admin.users")}
          </Link>
          <p className="text-sm text-gray-700">{t("admin.usersCount", { count: counts.users })}</p>
        </li>
        <li className="card">
          <Link href="/sprava/organizace" className="text-lg font-semibold">
            {t("admin.organisations")}
          </Link>
          <p className="text-sm text-gray-700">{t("admin.organisationsCount", { count: counts.organisations })}</p>
        </li>
      </ul>
      <section className="card overflow-x-auto" aria-labelledby="types-heading">
        <h2 id="types-heading" className="mb-3 text-lg font-semibold">
          {t("admin.eventTypes")}
        </h2>
        <table className="table">
          <TableHead
            columns={[t("admin.typeCode"), t("admin.nameCs"), t("admin.nameEn"), t("admin.active")]}
            actions={t("admin.edit")}
          />
          <tbody>
            {eventTypes.map((type) => (
              <tr key={type.id}>
                <td>{type.id}</td>
                <th scope="row" className="font-normal">
                  {type.nameCs}
                </th>
                <td>{type.nameEn}</td>
                <td>{yesNo(type.active)}</td>
                <td className="row-actions">
                  <Link href={`/sprava/typy-akci/${type.id}`}>
                    {t("admin.edit")}
                    <span className="sr-only"> {type.nameCs}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Link href="/sprava/typy-akci/novy" className="btn-secondary mt-3 no-underline">
          {t("admin.newEventType")}
        </Link>
      </section>
    </div>
  );
}
