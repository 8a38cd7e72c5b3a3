import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import type { MyOrganisation } from "@/lib/my-organisation/queries";
import { StatusBadge } from "@/components/plan/status-badge";

/** The measures the organisation reports on (lib/plan/reporting), each with its status and deadline. */
export async function ReportedMeasures({ measures }: { measures: MyOrganisation["measures"] }) {
  const t = await getTranslations("myOrganisation.measures");
  const locale = await getLocale();
  return (
    <section className="card space-y-2" aria-labelledby="measures-heading" data-testid="reported-measures">
      <h2 id="measures-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {measures.length === 0 ? (
        <p className="text-sm">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-gray-200">
          {measures.map((m) => (
            <li key={m.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
              <span>
                <Link href={`/strategicky-plan/opatreni/${m.id}`}>
                  {m.code} {m.title}
                </Link>
                <span className="ml-2 text-sm text-gray-700">
                  ({t("plan", { period: `${m.plan.yearFrom}–${m.plan.yearTo}` })})
                </span>
              </span>
              <span className="flex items-center gap-2 text-sm text-gray-700">
                <StatusBadge status={m.status} />
                {m.deadline ? t("deadline", { date: formatDate(m.deadline, locale) }) : t("noDeadline")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
