import { getLocale, getTranslations } from "next-intl/server";
import type { RecruitmentDashboard } from "@/lib/dashboard/recruitment";
import { formatMoney, formatNumber } from "@/lib/format";
import { NumberTable } from "@/components/ui/number-table";

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** People reached → inquiries → applicants, overall and per type of activity: which kinds recruit best. */
export async function FunnelSection({ data: d }: { data: RecruitmentDashboard }) {
  const t = await getTranslations("dashboard");
  const locale = await getLocale();
  const n = (v: number | null, digits = 0) =>
    v === null ? "—" : formatNumber(digits ? Math.round(v * 100) / 100 : v, locale);
  const per1000 = (applicants: number, haler: number) => ratio(applicants, haler / 100_000);
  const steps = [
    [t("reached"), d.funnel.reached],
    [t("inquiries"), d.funnel.inquiries],
    [t("applicants"), d.funnel.applicants],
  ] as const;
  return (
    <section className="card space-y-3" aria-labelledby="funnel-heading">
      <h2 id="funnel-heading" className="text-lg font-semibold">
        {t("funnel")}
      </h2>
      <ol className="grid gap-2 sm:grid-cols-3" data-testid="funnel">
        {steps.map(([label, value], i) => (
          <li key={label} className="rounded-md bg-blue-50 p-3 text-blue-950" style={{ marginInline: `${i * 4}%` }}>
            <span className="block text-sm">{label}</span>
            <span className="text-2xl font-semibold">{n(value)}</span>
          </li>
        ))}
      </ol>
      <p className="text-sm">
        {t("activities")}: {n(d.funnel.activities)} · {t("cost")}: {formatMoney(d.funnel.costHaler, locale)} ·{" "}
        {t("perActivity")}: {n(ratio(d.funnel.applicants, d.funnel.activities), 2)} · {t("per1000")}:{" "}
        {n(per1000(d.funnel.applicants, d.funnel.costHaler), 2)}
      </p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("funnel")}>
        <NumberTable
          caption={t("funnel")}
          columns={[
            t("type"),
            t("activities"),
            t("reached"),
            t("inquiries"),
            t("applicants"),
            t("perActivity"),
            t("per1000"),
          ]}
          rows={d.byType.map((x) => [
            locale === "cs" ? x.nameCs : x.nameEn,
            n(x.count),
            n(x.reached),
            n(x.inquiries),
            n(x.applicants),
            n(ratio(x.applicants, x.count), 2),
            n(per1000(x.applicants, x.costHaler), 2),
          ])}
        />
      </div>
    </section>
  );
}
