import { getLocale, getTranslations } from "next-intl/server";
import { NumberTable } from "@/components/ui/number-table";
import { formatPercent } from "@/lib/format";
import { fulfilment } from "@/lib/programmes/targets";
import type { PlaceRow } from "@/lib/programmes/overview";

/** Per-place targets (4 per ORP + 2 for the region; 5 per district) next to the confirmed counts. */
export async function PlaceTable({ rows, caption }: { rows: PlaceRow[]; caption: string }) {
  const t = await getTranslations("programmes");
  const locale = await getLocale();
  return (
    <NumberTable
      caption={caption}
      captionHidden={false}
      testId="place-table"
      columns={[t("place"), t("level"), t("target"), t("confirmed"), t("fulfilment")]}
      rows={rows.map((r) => [
        r.name,
        t(`kind.${r.kind}`),
        r.target,
        r.confirmed,
        r.target ? formatPercent(fulfilment(r.confirmed, r.target), locale) : "—",
      ])}
    />
  );
}
