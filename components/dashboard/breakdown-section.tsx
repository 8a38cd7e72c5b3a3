import { getLocale, getTranslations } from "next-intl/server";
import type { RecruitmentDashboard } from "@/lib/dashboard/recruitment";
import { Chart } from "@/components/charts/chart";
import { DataTable } from "@/components/charts/data-table";
import { NumberTable } from "@/components/ui/number-table";
import { topWithRest } from "@/lib/sort/top";

/** Activities by type and by organisation, and the coverage of the region's ten ORPs. */
export async function BreakdownSection({ data: d }: { data: RecruitmentDashboard }) {
  const t = await getTranslations("dashboard");
  const locale = await getLocale();
  const cs = locale === "cs";
  const typeName = (x: { nameCs: string; nameEn: string }) => (cs ? x.nameCs : x.nameEn);
  const max = Math.max(1, ...d.orpCoverage.map((o) => o.overall));
  const oneYear = d.slice.year !== null; // the coverage of the filtered year only
  const orgs = topWithRest(d.byOrganisation, 10, (o) => o.count);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section className="card" aria-labelledby="type-heading">
        <h2 id="type-heading" className="text-lg font-semibold">
          {t("byType")}
        </h2>
        <Chart
          title={t("byType")}
          name="by-type"
          locale={locale}
          kind="bar"
          horizontal
          data={d.byType.map((x) => ({ type: typeName(x), [t("count")]: x.count }))}
          index="type"
          categories={[t("count")]}
          colors={["blue"]}
        />
        <DataTable
          caption={t("byType")}
          summary={t("showTable")}
          columns={[t("type"), t("count")]}
          rows={d.byType.map((x) => [typeName(x), x.count])}
        />
      </section>
      <section className="card" aria-labelledby="org-heading">
        <h2 id="org-heading" className="mb-2 text-lg font-semibold">
          {t("byOrganisation")}
        </h2>
        <NumberTable
          caption={t("byOrganisation")}
          columns={[t("organisation"), t("count")]}
          rows={[
            ...orgs.top.map((o) => [o.name, o.count]),
            ...(orgs.rest ? [[t("otherOrganisations", { count: orgs.rest.rows }), orgs.rest.value]] : []),
          ]}
        />
      </section>
      <section className="card lg:col-span-2" aria-labelledby="coverage-heading">
        <h2 id="coverage-heading" className="text-lg font-semibold">
          {t("coverage")}
        </h2>
        <p className="mb-2 text-sm text-gray-700">{t("coverageIntro")}</p>
        <table className="table table-numbers" data-testid="orp-coverage">
          <thead>
            <tr>
              <th scope="col">{t("orp")}</th>
              <th scope="col">{t("thisYear", { year: d.thisYear })}</th>
              {oneYear ? null : <th scope="col">{t("overall")}</th>}
            </tr>
          </thead>
          <tbody>
            {d.orpCoverage.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.name}</th>
                <td className={o.thisYear === 0 ? "bg-amber-50 font-semibold text-amber-950" : undefined}>
                  {o.thisYear === 0 ? `0 (${t("gap")})` : o.thisYear}
                </td>
                {oneYear ? null : (
                  <td style={{ backgroundColor: `rgba(29, 78, 216, ${(0.05 + 0.25 * (o.overall / max)).toFixed(2)})` }}>
                    {o.overall}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
