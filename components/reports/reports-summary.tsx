import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { careStatistics, ProgrammeProgress } from "@/lib/recruitment/queries";
import { ProgrammesTable } from "@/components/overview/programmes-table";

type Care = Awaited<ReturnType<typeof careStatistics>>;
const KINDS = ["ADOPTION", "FOSTER", "TEMPORARY_FOSTER"] as const;

export async function ReportsSummary({ programmes, care }: { programmes: ProgrammeProgress[]; care: Care }) {
  const t = await getTranslations();
  const years = [...new Set(care.map((c) => c.year))];
  const cell = (year: number, kind: string, field: "applicationsFiled" | "childrenPlaced") =>
    care.find((c) => c.year === year && c.careKind === kind)?.[field] ?? "—";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("reports.title")}</h1>
      <p>{t("reports.intro")}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        <li>
          <Link href="/reporty/rada">{t("reports.councilReport")}</Link>
        </li>
        <li>
          <Link href="/reporty/hodnoceni">{t("reports.evaluation")}</Link>
        </li>
      </ul>
      <ProgrammesTable programmes={programmes} />
      <section className="card overflow-x-auto" aria-labelledby="care-heading" tabIndex={0}>
        <h2 id="care-heading" className="mb-3 text-lg font-semibold">
          {t("reports.careHeading")}
        </h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t("reports.year")}
              </th>
              <th scope="colgroup" colSpan={3}>
                {t("reports.applications")}
              </th>
              <th scope="colgroup" colSpan={3}>
                {t("reports.placed")}
              </th>
            </tr>
            <tr>
              {[...KINDS, ...KINDS].map((kind, i) => (
                <th key={i} scope="col" className="text-right">
                  {t(`reports.careKind.${kind}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {KINDS.map((kind) => (
                  <td key={kind} className="text-right">
                    {cell(year, kind, "applicationsFiled")}
                  </td>
                ))}
                {KINDS.map((kind) => (
                  <td key={kind} className="text-right">
                    {cell(year, kind, "childrenPlaced")}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
