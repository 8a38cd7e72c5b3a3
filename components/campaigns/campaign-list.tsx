import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { campaignFormValues } from "@/lib/campaigns/form-values";
import type { CampaignSummary } from "@/lib/campaigns/queries";
import { CampaignForm } from "./campaign-form";
import { Period, TotalsList, WeeksTable } from "./campaign-numbers";

/** Every campaign with its confirmed events, reach and cost; the coordinator's form for a new one. */
export async function CampaignList({ campaigns, canManage }: { campaigns: CampaignSummary[]; canManage: boolean }) {
  const t = await getTranslations("campaigns");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-gray-700">{t("intro")}</p>
      </div>
      {campaigns.length === 0 ? <p>{t("empty")}</p> : null}
      {campaigns.map((c) => (
        <section
          key={c.id}
          className="card space-y-3 overflow-x-auto"
          aria-labelledby={`campaign-${c.id}`}
          data-campaign={c.id}
          tabIndex={0}
        >
          <h2 id={`campaign-${c.id}`} className="text-lg font-semibold">
            <Link href={`/nabor/kampane/${c.id}`}>{c.name}</Link>
          </h2>
          <p className="text-sm text-gray-700">
            {t("period")}: <Period c={c} />
          </p>
          {c.description ? <p className="max-w-3xl text-sm">{c.description}</p> : null}
          <TotalsList totals={c.total} testId={`totals-${c.id}`} />
          {c.children.length ? <WeeksTable campaign={c} /> : null}
        </section>
      ))}
      {canManage ? (
        <section className="card" aria-labelledby="new-campaign">
          <h2 id="new-campaign" className="mb-3 text-lg font-semibold">
            {t("form.new")}
          </h2>
          <CampaignForm initial={campaignFormValues()} parents={campaigns.map(({ id, name }) => ({ id, name }))} />
        </section>
      ) : null}
    </div>
  );
}
