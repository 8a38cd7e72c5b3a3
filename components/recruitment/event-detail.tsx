import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { EventDetail as Detail } from "@/lib/recruitment/event-detail";
import { formatDate, formatMoney, formatNumber } from "@/lib/format";
import { ReviewButtons } from "@/components/review-queue/review-buttons";
import { ArchiveEventButton } from "./archive-event-button";
import { Thread } from "@/components/conversation/thread";

type Props = { event: Detail; canEdit: boolean; canReview: boolean };

export async function EventDetail({ event: e, canEdit, canReview }: Props) {
  const t = await getTranslations();
  const locale = await getLocale();
  const num = (n: number | null) => (n === null ? "—" : formatNumber(n, locale));
  const item = (label: string, value: React.ReactNode) => (
    <div>
      <dt className="text-sm text-gray-700">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  const period = e.endDate
    ? `${formatDate(e.startDate, locale)} – ${formatDate(e.endDate, locale)}`
    : formatDate(e.startDate, locale);
  return (
    <article className="space-y-6">
      <div>
        <Link href="/nabor" className="text-sm">
          {t("event.back")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{e.title}</h1>
        <p className="text-sm text-gray-700" data-testid="event-status">
          {t(`review.${e.status}`)} · {t(`realisation.${e.realisation}`)}
        </p>
        {e.status === "RETURNED" && e.reviewComment ? (
          <p className="mt-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
            {t("eventForm.returned", { comment: e.reviewComment })}
          </p>
        ) : null}
        {canEdit ? (
          <div className="mt-2 flex gap-2">
            <Link href={`/nabor/akce/${e.id}/upravit`} className="btn-secondary no-underline">
              {t("event.edit")}
            </Link>
            <ArchiveEventButton eventId={e.id} title={e.title} />
          </div>
        ) : null}
      </div>
      <section className="card" aria-labelledby="event-details">
        <h2 id="event-details" className="mb-3 text-lg font-semibold">
          {t("event.details")}
        </h2>
        {e.description ? <p className="mb-4 whitespace-pre-line">{e.description}</p> : null}
        <dl className="grid gap-4 sm:grid-cols-3">
          {item(t("event.period"), period)}
          {item(t("recruitment.type"), locale === "cs" ? e.eventType.nameCs : e.eventType.nameEn)}
          {item(
            t("recruitment.organisation"),
            <Link href={`/nabor/organizace/${e.organisation.id}`}>{e.organisation.name}</Link>,
          )}
          {item(t("eventForm.municipality"), e.municipality ?? "—")}
          {item(t("recruitment.orp"), e.place?.name ?? "—")}
          {item(t("eventForm.audience"), t(`recruitment.audience.${e.audience}`))}
          {item(t("event.programme"), e.programme.name)}
          {item(t("event.campaign"), e.campaign ? e.campaign.name : "—")}
          {item(t("event.partners"), e.partners.map((p) => p.organisation.name).join(", ") || "—")}
        </dl>
      </section>
      <section className="card" aria-labelledby="event-outcomes">
        <h2 id="event-outcomes" className="mb-3 text-lg font-semibold">
          {t("event.outcomes")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-4">
          {item(t("recruitment.reached"), num(e.peopleReached))}
          {item(t("recruitment.inquiries"), num(e.inquiries))}
          {item(t("recruitment.applicants"), num(e.applicants))}
          {item(t("recruitment.cost"), e.costHaler === null ? "—" : formatMoney(e.costHaler, locale))}
        </dl>
      </section>
      <section className="card" aria-labelledby="event-attachments">
        <h2 id="event-attachments" className="mb-3 text-lg font-semibold">
          {t("event.attachments")}
        </h2>
        {e.attachments.length === 0 ? (
          <p>{t("event.noAttachments")}</p>
        ) : (
          <ul>
            {e.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/prilohy/${a.id}`}>
                  {t("event.download", {
                    name: a.fileName,
                    size: `${formatNumber(Math.max(1, Math.round(a.size / 1024)), locale)} kB`,
                  })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      {canReview && e.status === "SUBMITTED" ? (
        <section className="card" aria-labelledby="event-review">
          <h2 id="event-review" className="mb-3 text-lg font-semibold">
            {t("event.review")}
          </h2>
          <ReviewButtons eventId={e.id} title={e.title} />
        </section>
      ) : null}
      <Thread entries={e.history} record={{ eventId: e.id }} canComment />
    </article>
  );
}
