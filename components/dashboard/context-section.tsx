import { getLocale, getTranslations } from "next-intl/server";
import type { careContext } from "@/lib/dashboard/plan";
import { Chart } from "@/components/charts/chart";
import { DataTable } from "@/components/charts/data-table";

/** Applications for substitute family care and children in institutional care, per year. */
export async function ContextSection({
  rows,
  note,
}: {
  rows: Awaited<ReturnType<typeof careContext>>;
  note?: React.ReactNode;
}) {
  const t = await getTranslations("dashboard");
  const locale = await getLocale();
  const v = (x: number | null) => x ?? "—";
  return (
    <section className="card" aria-labelledby="context-heading">
      <h2 id="context-heading" className="text-lg font-semibold">
        {t("context")}
      </h2>
      {note}
      <Chart
        title={t("applications")}
        name="care-context"
        locale={locale}
        kind="bar"
        stack
        index="year"
        colors={["blue", "vermillion", "green"]}
        categories={[t("adoption"), t("foster"), t("temporary")]}
        data={rows.map((r) => ({
          year: String(r.year),
          [t("adoption")]: r.adoption,
          [t("foster")]: r.foster,
          [t("temporary")]: r.temporary,
        }))}
      />
      <DataTable
        caption={t("context")}
        summary={t("showTable")}
        testId="care-context"
        columns={[t("year"), t("adoption"), t("foster"), t("temporary"), t("institutional"), t("seeking")]}
        rows={rows.map((r) => [r.year, v(r.adoption), v(r.foster), v(r.temporary), v(r.institutional), v(r.seeking)])}
      />
    </section>
  );
}
