import { getTranslations } from "next-intl/server";
import type { listOrganisations, listUsers } from "@/lib/admin/queries";

type Props = {
  users: Awaited<ReturnType<typeof listUsers>>;
  organisations: Awaited<ReturnType<typeof listOrganisations>>;
};

export async function AdminOverview({ users, organisations }: Props) {
  const t = await getTranslations();
  const yesNo = (value: boolean) => t(value ? "admin.yes" : "admin.no");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("admin.title")}</h1>
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
    </div>
  );
}
