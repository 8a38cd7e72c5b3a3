import { getLocale, getTranslations } from "next-intl/server";
import type { ProgrammeProgress } from "@/lib/recruitment/queries";
import { formatDate, formatPercent } from "@/lib/format";

/** Counted targets (60 recruitment activities, 42 round tables...) with their confirmed counts. */
export async function ProgrammesTable({ programmes, heading }: { programmes: ProgrammeProgress[]; heading?: string }) {
  const t = await getTranslations("overview");
  const locale = await getLocale();
  return (
    <section className="card overflow-x-auto" aria-labelledby="programmes-heading" tabIndex={0}>
      <h2 id="programmes-heading" className="mb-3 text-lg font-semibold">
        {heading ?? t("programmesHeading")}
      </h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("programme")}</th>
            <th scope="col">{t("period")}</th>
            <th scope="col" className="text-right">
              {t("target")}
            </th>
            <th scope="col" className="text-right">
              {t("confirmed")}
            </th>
            <th scope="col" className="text-right">
              {t("fulfilment")}
            </th>
          </tr>
        </thead>
        <tbody>
          {programmes.map((p) => (
            <tr key={p.id} data-programme={p.code}>
              <th scope="row" className="font-normal">
                {p.name}
              </th>
              <td className="whitespace-nowrap">
                {formatDate(p.periodStart, locale)} – {formatDate(p.periodEnd, locale)}
              </td>
              <td className="text-right">{p.totalTarget}</td>
              <td className="text-right">{p.confirmed}</td>
              <td className="text-right">{formatPercent(p.totalTarget ? p.confirmed / p.totalTarget : 0, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
