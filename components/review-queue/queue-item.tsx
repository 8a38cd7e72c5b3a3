import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatDateTime, formatMoney, formatNumber } from "@/lib/format";
import type { QueueItem as Item } from "@/lib/review-queue/queries";
import { itemId } from "./anchor";
import { SelectEvent } from "./queue-context";
import { ReviewButtons } from "./review-buttons";

/** One waiting event: what the coordinator needs to decide, its checkbox and its review controls. */
export async function QueueItem({ item: e }: { item: Item }) {
  const t = await getTranslations("reviewQueue");
  const tr = await getTranslations("realisation");
  const locale = await getLocale();
  const num = (n: number | null) => (n === null ? "—" : formatNumber(n, locale));
  const period = e.endDate
    ? `${formatDate(e.startDate, locale)} – ${formatDate(e.endDate, locale)}`
    : formatDate(e.startDate, locale);
  // "Turnov", not "Turnov, Turnov", when the event took place in the ORP's own town.
  const place = [...new Set([e.municipality, e.place?.name ?? t("region")])].filter(Boolean).join(", ");
  const fact = (label: string, value: React.ReactNode) => (
    <div>
      <dt className="text-xs text-gray-700">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <li id={itemId(e.id)} className="card grid scroll-mt-4 gap-4 p-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="flex gap-3">
        <SelectEvent eventId={e.id} label={t("select", { title: e.title })} />
        <div className="min-w-0 space-y-2">
          <h3 className="text-base font-semibold">
            <Link href={`/nabor/akce/${e.id}`}>{e.title}</Link>
          </h3>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
            {fact(
              t("date"),
              <>
                {period} · {tr(e.realisation)}
              </>,
            )}
            {fact(t("type"), locale === "cs" ? e.eventType.nameCs : e.eventType.nameEn)}
            {fact(t("organisation"), e.organisation.name)}
            {fact(t("place"), place)}
            {fact(t("outcomes"), `${num(e.peopleReached)} / ${num(e.inquiries)} / ${num(e.applicants)}`)}
            {fact(t("cost"), e.costHaler === null ? "—" : formatMoney(e.costHaler, locale))}
            {fact(t("attachments"), formatNumber(e._count.attachments, locale))}
            {fact(t("submitted"), formatDateTime(e.updatedAt, locale))}
          </dl>
        </div>
      </div>
      <ReviewButtons eventId={e.id} title={e.title} />
    </li>
  );
}
