import { getLocale, getTranslations } from "next-intl/server";
import { formatPercent } from "@/lib/format";
import { fulfilment, sumOf, type YearRow } from "@/lib/programmes/targets";

/** Yearly sub-target next to the confirmed count per year, with the totals. */
export async function YearTable({
  rows,
  periodYears,
  caption,
}: {
  rows: YearRow[];
  periodYears: [number, number];
  caption: string;
}) {
  const t = await getTranslations("programmes");
  const locale = await getLocale();
  const hasTargets = rows.some((r) => r.target !== null);
  const percent = (confirmed: number, target: number | null) =>
    target ? formatPercent(fulfilment(confirmed, target), locale) : "—";
  const targets = sumOf(rows.map((r) => r.target));
  const confirmed = sumOf(rows.map((r) => r.confirmed));
  return (
    <table className="table" data-testid="year-table">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("year")}</th>
          <th scope="col" className="!text-right">
            {t("yearTarget")}
          </th>
          <th scope="col" className="!text-right">
            {t("confirmed")}
          </th>
          <th scope="col" className="!text-right">
            {t("fulfilment")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.year} data-year={r.year}>
            <th scope="row" className="font-normal">
              {r.year}
              {r.year < periodYears[0] || r.year > periodYears[1] ? (
                <span className="ml-1 text-xs text-gray-700">({t("outsidePeriod")})</span>
              ) : null}
            </th>
            <td className="text-right">{r.target ?? "—"}</td>
            <td className="text-right">{r.confirmed}</td>
            <td className="text-right">{percent(r.confirmed, r.target)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <th scope="row">{t("total")}</th>
          <td className="text-right">{hasTargets ? targets : "—"}</td>
          <td className="text-right">{confirmed}</td>
          <td className="text-right">{hasTargets ? percent(confirmed, targets) : "—"}</td>
        </tr>
      </tfoot>
    </table>
  );
}
