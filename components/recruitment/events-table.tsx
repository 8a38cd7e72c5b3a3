import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { listEvents } from "@/lib/recruitment/queries";
import { formatDate, formatMoney, formatNumber } from "@/lib/format";
import type { Locale } from "@/i18n/config";
import { ReviewButtons } from "./review-buttons";

type Props = Awaited<ReturnType<typeof listEvents>> & { page: number; canReview: boolean };

export async function EventsTable({ rows, total, pages, page, canReview }: Props) {
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const num = (n: number | null) => (n == null ? "—" : formatNumber(n, locale));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("recruitment.title")}</h1>
      <section className="card overflow-x-auto" aria-labelledby="events-heading">
        <h2 id="events-heading" className="mb-3 text-lg font-semibold">{t("recruitment.events")}</h2>
        {rows.length === 0 ? <p>{t("recruitment.noEvents")}</p> : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("recruitment.date")}</th>
                <th scope="col">{t("recruitment.eventTitle")}</th>
                <th scope="col">{t("recruitment.type")}</th>
                <th scope="col">{t("recruitment.organisation")}</th>
                <th scope="col">{t("recruitment.orp")}</th>
                <th scope="col" className="text-right">{t("recruitment.reached")}</th>
                <th scope="col" className="text-right">{t("recruitment.inquiries")}</th>
                <th scope="col" className="text-right">{t("recruitment.applicants")}</th>
                <th scope="col" className="text-right">{t("recruitment.cost")}</th>
                <th scope="col">{t("recruitment.status")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id}>
                  <td className="whitespace-nowrap">{formatDate(e.startDate, locale)}</td>
                  <th scope="row" className="font-normal">{e.title}</th>
                  <td>{locale === "cs" ? e.eventType.nameCs : e.eventType.nameEn}</td>
                  <td>{e.organisation.name}</td>
                  <td>{e.place?.name ?? "—"}</td>
                  <td className="text-right">{num(e.peopleReached)}</td>
                  <td className="text-right">{num(e.inquiries)}</td>
                  <td className="text-right">{num(e.applicants)}</td>
                  <td className="whitespace-nowrap text-right">{e.costHaler != null ? formatMoney(e.costHaler, locale) : "—"}</td>
                  <td>
                    <span className="whitespace-nowrap">{t(`review.${e.status}`)}</span>
                    <span className="block text-xs text-gray-700">{t(`realisation.${e.realisation}`)}</span>
                    {canReview && e.status === "SUBMITTED" ? <ReviewButtons eventId={e.id} title={e.title} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <nav aria-label={t("recruitment.page", { page, pages })} className="mt-4 flex items-center gap-3 text-sm">
          {page > 1 ? <Link href={`/nabor?strana=${page - 1}`} rel="prev">{t("recruitment.previous")}</Link> : null}
          <span>{t("recruitment.page", { page, pages })} · {t("recruitment.shown", { shown: rows.length, total })}</span>
          {page < pages ? <Link href={`/nabor?strana=${page + 1}`} rel="next">{t("recruitment.next")}</Link> : null}
        </nav>
      </section>
    </div>
  );
}
