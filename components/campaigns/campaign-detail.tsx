import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EventsTable } from "@/components/recruitment/events-table";
import { Pager } from "@/components/ui/pager";
import { campaignFormValues } from "@/lib/campaigns/form-values";
import type { campaignDetail } from "@/lib/campaigns/queries";
import { CampaignForm } from "./campaign-form";
import { Period, TotalsList, WeeksTable } from "./campaign-numbers";

type Props = {
  detail: NonNullable<Awaited<ReturnType<typeof campaignDetail>>>;
  page: number;
  canManage: boolean;
  canReview: boolean;
};

/** One campaign: totals of its confirmed events, its weeks, its events, and the coordinator's edit form. */
export async function CampaignDetail({ detail, page, canManage, canReview }: Props) {
  const t = await getTranslations("campaigns");
  const { summary, parent, events, eventCount, pages, parents } = detail;
  return (
    <div className="space-y-6">
      <Link href="/nabor/kampane" className="text-sm">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{summary.name}</h1>
      <p className="text-sm text-gray-700">
        {t("period")}: <Period c={summary} />
        {parent ? (
          <>
            {" "}
            · {t("partOf")} <Link href={`/nabor/kampane/${parent.id}`}>{parent.name}</Link>
          </>
        ) : null}
      </p>
      {summary.description ? <p className="max-w-3xl">{summary.description}</p> : null}
      <section className="card space-y-3 overflow-x-auto" aria-labelledby="totals-heading" tabIndex={0}>
        <h2 id="totals-heading" className="text-lg font-semibold">
          {summary.children.length ? t("totalsWithWeeks") : t("totals")}
        </h2>
        <p className="text-xs text-gray-700">{t("totalsHint")}</p>
        <TotalsList totals={summary.total} testId="campaign-totals" />
        {summary.children.length ? <WeeksTable campaign={summary} /> : null}
      </section>
      <section className="card overflow-x-auto" aria-labelledby="events-heading" tabIndex={0}>
        <h2 id="events-heading" className="mb-3 text-lg font-semibold">
          {t("eventsHeading", { count: eventCount })}
        </h2>
        <EventsTable rows={events} canReview={canReview} />
        {pages > 1 ? <Pager page={page} pages={pages} params={{}} /> : null}
      </section>
      {canManage ? (
        <section className="card" aria-labelledby="edit-campaign">
          <h2 id="edit-campaign" className="mb-3 text-lg font-semibold">
            {t("form.edit")}
          </h2>
          <CampaignForm initial={campaignFormValues(summary)} parents={parents} />
        </section>
      ) : null}
    </div>
  );
}
