import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { OrganisationMember } from "@/lib/organisations/queries";

/** The organisation's user accounts, each linking to its page in the people register. */
export async function OrganisationMembers({ members }: { members: OrganisationMember[] }) {
  const t = await getTranslations("organisations");
  const tRole = await getTranslations("roles");
  return (
    <section className="card max-w-4xl space-y-3" aria-labelledby="members-heading">
      <h2 id="members-heading" className="text-lg font-semibold">
        {t("members")}
      </h2>
      {members.length ? (
        <ScrollBox label={t("members")}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("member.name")}</th>
                <th scope="col">{t("member.email")}</th>
                <th scope="col">{t("member.role")}</th>
                <th scope="col">{t("member.active")}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id}>
                  <th scope="row" className="font-normal">
                    <Link href={`/sprava/uzivatele/${m.id}`} className="link-target">
                      {m.name}
                    </Link>
                  </th>
                  <td className="whitespace-nowrap">{m.email}</td>
                  <td>{tRole(m.role)}</td>
                  <td>{t(m.active ? "yes" : "no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : (
        <p className="text-sm text-gray-700">{t("noMembers")}</p>
      )}
    </section>
  );
}
