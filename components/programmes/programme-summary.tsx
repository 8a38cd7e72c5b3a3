import { getLocale, getTranslations } from "next-intl/server";
import { ScrollBox } from "@/components/ui/scroll-box";
import { Progress } from "@/components/ui/progress";
import { formatDate, formatPercent } from "@/lib/format";
import type { ProgrammeSummary as Summary } from "@/lib/programmes/overview";
import { fulfilment } from "@/lib/programmes/targets";
import { PerParticipant } from "./per-participant";
import { PlaceTable } from "./place-table";
import { YearTable } from "./year-table";

/** A programme's numbers: target, confirmed, fulfilment, then its yearly and per-place tables. */
export async function ProgrammeSummary({ p }: { p: Summary }) {
  const t = await getTranslations("programmes");
  const locale = await getLocale();
  const ratio = fulfilment(p.confirmed, p.totalTarget);
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-700">
        {t("code")}: {p.code} · {t("period")}: {formatDate(p.periodStart, locale)} – {formatDate(p.periodEnd, locale)}
      </p>
      <dl className="grid gap-3 sm:grid-cols-4" data-testid="programme-numbers">
        <div>
          <dt className="text-sm text-gray-700">{t("target")}</dt>
          <dd className="text-xl font-semibold">{t("activities", { count: p.totalTarget })}</dd>
        </div>
        <div>
          <dt className="text-sm text-gray-700">{t("confirmed")}</dt>
          <dd className="text-xl font-semibold">{t("activities", { count: p.confirmed })}</dd>
        </div>
        <div>
          <dt className="text-sm text-gray-700">{t("fulfilment")}</dt>
          <dd className="text-xl font-semibold">{formatPercent(ratio, locale)}</dd>
        </div>
        <div>
          <dt className="text-sm text-gray-700">{t("awaitingReview")}</dt>
          <dd className="text-xl font-semibold">{p.awaitingReview}</dd>
        </div>
      </dl>
      <PerParticipant p={p} />
      <Progress
        value={p.confirmed}
        max={p.totalTarget}
        label={t("progressLabel", { name: p.name, confirmed: p.confirmed, target: p.totalTarget })}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <ScrollBox label={t("years")}>
          <YearTable
            rows={p.years}
            periodYears={[p.periodStart.getUTCFullYear(), p.periodEnd.getUTCFullYear()]}
            caption={t("years")}
          />
        </ScrollBox>
        {p.places.length ? (
          <div className="min-w-0">
            <ScrollBox label={t("places")}>
              <PlaceTable rows={p.places} caption={t("places")} />
            </ScrollBox>
            <p className="mt-1 text-xs text-gray-700">{t("placeHint")}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
