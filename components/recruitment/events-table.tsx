import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { EventRow } from "@/lib/recruitment/event-list";
import { formatDate, formatMoney, formatNumber } from "@/lib/format";
import { queueAnchor } from "@/components/review-queue/anchor";

/**
 * A table of recruitment events (the list, an organisation's page, a campaign's page). Type and ORP share a cell with
 * the title and the organisation, so that every column, the status included, fits at 1280 px; a submitted event links
 * to its place in the review queue instead of carrying review controls of its own.
 */
export async function EventsTable({ rows, canReview }: { rows: EventRow[]; canReview: boolean }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const num = (n: number | null) => (n == null ? "—" : formatNumber(n, locale));
  if (rows.length === 0) return <p>{t("recruitment.noEvents")}</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">
            {t("recruitment.eventTitle")} / {t("recruitment.type")}
          </th>
          <th scope="col">{t("recruitment.date")}</th>
          <th scope="col">
            {t("recruitment.organisation")} / {t("recruitment.orp")}
          </th>
          <th scope="col" className="text-right">
            {t("recruitment.reached")}
          </th>
          <th scope="col" className="text-right">
            {t("recruitment.inquiries")}
          </th>
          <th scope="col" className="text-right">
            {t("recruitment.applicants")}
          </th>
          <th scope="col" className="text-right">
            {t("recruitment.cost")}
          </th>
          <th scope="col">{t("recruitment.status")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr key={e.id}>
            <th scope="row" className="min-w-40 font-normal">
              <Link href={`/nabor/akce/${e.id}`}>{e.title}</Link>
              <span className="block text-xs text-gray-700">
                {locale === "cs" ? e.eventType.nameCs : e.eventType.nameEn}
              </span>
            </th>
            <td className="whitespace-nowrap">{formatDate(e.startDate, locale)}</td>
            <td>
              <Link href={`/nabor/organizace/${e.organisation.id}`}>{e.organisation.name}</Link>
              <span className="block text-xs text-gray-700">{e.place?.name ?? "—"}</span>
            </td>
            <td className="text-right">{num(e.peopleReached)}</td>
            <td className="text-right">{num(e.inquiries)}</td>
            <td className="text-right">{num(e.applicants)}</td>
            <td className="whitespace-nowrap text-right">
              {e.costHaler != null ? formatMoney(e.costHaler, locale) : "—"}
            </td>
            <td>
              <span className="whitespace-nowrap">{t(`review.${e.status}`)}</span>
              <span className="block text-xs text-gray-700">{t(`realisation.${e.realisation}`)}</span>
              {canReview && e.status === "SUBMITTED" ? (
                <Link
                  href={queueAnchor(e.id)}
                  aria-label={`${t("reviewQueue.assess")}: ${e.title}`}
                  className="mt-1 inline-block py-0.5"
                >
                  {t("reviewQueue.assess")}
                </Link>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
