import { getLocale, getTranslations } from "next-intl/server";
import { formatPercent } from "@/lib/format";
import { fulfilment } from "@/lib/programmes/targets";
import type { PlaceRow } from "@/lib/programmes/overview";
import type { Locale } from "@/i18n/config";

/** Per-place targets (4 per ORP + 2 for the region; 5 per district) next to the confirmed counts. */
export async function PlaceTable({ rows, caption }: { rows: PlaceRow[]; caption: string }) {
  const t = await getTranslations("programmes");
  const locale = (await getLocale()) as Locale;
  return (
    <table className="table" data-testid="place-table">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("place")}</th>
          <th scope="col">{t("level")}</th>
          <th scope="col" className="!text-right">{t("target")}</th>
          <th scope="col" className="!text-right">{t("confirmed")}</th>
          <th scope="col" className="!text-right">{t("fulfilment")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.placeId} data-place={r.placeId}>
            <th scope="row" className="font-normal">{r.name}</th>
            <td>{t(`kind.${r.kind}`)}</td>
            <td className="text-right">{r.target}</td>
            <td className="text-right">{r.confirmed}</td>
            <td className="text-right">{r.target ? formatPercent(fulfilment(r.confirmed, r.target), locale) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
