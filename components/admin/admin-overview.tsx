import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { PublicPageSwitch } from "@/components/public-page/public-page-switch";
import type { listEventTypes, listOrganisations, listUsers } from "@/lib/admin/queries";

type Props = {
  users: Awaited<ReturnType<typeof listUsers>>;
  organisations: Awaited<ReturnType<typeof listOrganisations>>;
  eventTypes: Awaited<ReturnType<typeof listEventTypes>>;
};

export async function AdminOverview({ users, organisations, eventTypes }: Props) {
  const t = await getTranslations();
  const yesNo = (value: boolean) => t(value ? "admin.yes" : "admin.no");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("admin.title")}</h1>
      <p><Link href="/sprava/audit">{t("admin.auditLink")}</Link></p>
      <PublicPageSwitch />
      <section className="card overflow-x-auto" aria-labelledby="users-heading">
        <h2 id="users-heading" className="mb-3 text-lg font-semibold">{t("admin.users")}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("admin.name")}</th>
              <th scope="col">{t("admin.email")}</th>
              <th scope="col">{t("admin.role")}</th>
              <th scope="col">{t("admin.organisation")}</th>
              <th scope="col">{t("admin.active")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row" className="font-normal">{u.name}</th>
                <td>{u.email}</td>
                <td>{t(`roles.${u.role}`)}</td>
                <td>{u.organisation?.name ?? "—"}</td>
                <td>{yesNo(u.active)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card overflow-x-auto" aria-labelledby="orgs-heading">
        <h2 id="orgs-heading" className="mb-3 text-lg font-semibold">{t("admin.organisations")}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("admin.name")}</th>
              <th scope="col">{t("recruitment.type")}</th>
              <th scope="col">{t("recruitment.orp")}</th>
              <th scope="col">{t("admin.workingGroup")}</th>
              <th scope="col">{t("admin.active")}</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((o) => (
              <tr key={o.id}>
                <th scope="row" className="font-normal">{o.name}</th>
                <td>{t(`admin.kind.${o.kind}`)}</td>
                <td>{o.place?.name ?? "—"}</td>
                <td>{yesNo(o.isWorkingGroupMember)}</td>
                <td>{yesNo(o.active)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card overflow-x-auto" aria-labelledby="types-heading">
        <h2 id="types-heading" className="mb-3 text-lg font-semibold">{t("admin.eventTypes")}</h2>
        <table className="table">
          <thead>
            <tr><th scope="col">{t("admin.typeCode")}</th><th scope="col">{t("admin.nameCs")}</th><th scope="col">{t("admin.nameEn")}</th><th scope="col">{t("admin.active")}</th><th scope="col" className="row-actions"><span className="sr-only">{t("admin.edit")}</span></th></tr>
          </thead>
          <tbody>
            {eventTypes.map((type) => (
              <tr key={type.id}>
                <td>{type.id}</td>
                <th scope="row" className="font-normal">{type.nameCs}</th>
                <td>{type.nameEn}</td>
                <td>{yesNo(type.active)}</td>
                <td className="row-actions"><Link href={`/sprava/typy-akci/${type.id}`}>{t("admin.edit")}<span className="sr-only"> {type.nameCs}</span></Link></td>
              </tr>
            ))}
          </tbody>
        </table>
        <Link href="/sprava/typy-akci/novy" className="btn-secondary mt-3 no-underline">{t("admin.newEventType")}</Link>
      </section>
    </div>
  );
}
