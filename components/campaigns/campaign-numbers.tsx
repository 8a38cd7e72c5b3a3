import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatMoney, formatNumber } from "@/lib/format";
import type { CampaignSummary, CampaignTotals } from "@/lib/campaigns/queries";

type Dated = { startDate: Date | null; endDate: Date | null };

/** "5. 10. 2019 – 11. 10. 2019", "od 1. 1. 2015", or a dash. */
export async function Period({ c }: { c: Dated }) {
  const t = await getTranslations("campaigns");
  const locale = await getLocale();
  const f = (d: Date | null) => (d ? formatDate(d, locale) : null);
  if (c.startDate && c.endDate) return `${f(c.startDate)} – ${f(c.endDate)}`;
  if (c.startDate) return t("since", { date: f(c.startDate)! });
  if (c.endDate) return t("until", { date: f(c.endDate)! });
  return "—";
}

/** Confirmed events, people reached and cost of a campaign. */
export async function TotalsList({ totals, testId }: { totals: CampaignTotals; testId?: string }) {
  const t = await getTranslations("campaigns");
  const locale = await getLocale();
  return (
    <dl className="grid gap-3 sm:grid-cols-3" data-testid={testId}>
      <div>
        <dt className="text-sm text-gray-700">{t("events")}</dt>
        <dd className="text-xl font-semibold">{t("eventCount", { count: totals.events })}</dd>
      </div>
      <div>
        <dt className="text-sm text-gray-700">{t("reached")}</dt>
        <dd className="text-xl font-semibold">{formatNumber(totals.reached, locale)}</dd>
      </div>
      <div>
        <dt className="text-sm text-gray-700">{t("cost")}</dt>
        <dd className="text-xl font-semibold">{formatMoney(totals.costHaler, locale)}</dd>
      </div>
    </dl>
  );
}

/** A long-running campaign's own events and its campaign weeks, each with its totals, and the sum. */
export async function WeeksTable({ campaign }: { campaign: CampaignSummary }) {
  const t = await getTranslations("campaigns");
  const locale = await getLocale();
  const cells = (x: CampaignTotals) => (
    <>
      <td className="text-right">{x.events}</td>
      <td className="text-right">{formatNumber(x.reached, locale)}</td>
      <td className="whitespace-nowrap text-right">{formatMoney(x.costHaler, locale)}</td>
    </>
  );
  return (
    <table className="table" data-testid="weeks-table">
      <caption className="mb-2 text-left font-semibold">{t("weeks")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("campaign")}</th>
          <th scope="col">{t("period")}</th>
          <th scope="col" className="!text-right">
            {t("events")}
          </th>
          <th scope="col" className="!text-right">
            {t("reached")}
          </th>
          <th scope="col" className="!text-right">
            {t("cost")}
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" className="font-normal italic">
            {t("ownEvents")}
          </th>
          <td>—</td>
          {cells(campaign.own)}
        </tr>
        {campaign.children.map((c) => (
          <tr key={c.id} data-campaign={c.id}>
            <th scope="row" className="font-normal">
              <Link href={`/nabor/kampane/${c.id}`}>{c.name}</Link>
            </th>
            <td className="whitespace-nowrap">
              <Period c={c} />
            </td>
            {cells(c.own)}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <th scope="row">{t("total")}</th>
          <td />
          {cells(campaign.total)}
        </tr>
      </tfoot>
    </table>
  );
}
