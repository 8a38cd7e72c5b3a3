import { getTranslations } from "next-intl/server";
import type { CareRow } from "@/lib/care-stats/queries";
import { currentYear } from "@/lib/clock";
import { CareForm } from "./care-form";
import { CareTable } from "./care-table";

/** Applicants for substitute family care over time: the table, and the coordinator's form. */
export async function CarePage({ rows, canManage }: { rows: CareRow[]; canManage: boolean }) {
  const t = await getTranslations("careStats");
  const thisYear = currentYear();
  const latest = rows[0]?.year ?? thisYear;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-gray-700">{t("intro")}</p>
      </div>
      <section className="card overflow-x-auto" aria-labelledby="care-table-heading" tabIndex={0}>
        <h2 id="care-table-heading" className="mb-3 text-lg font-semibold">
          {t("tableHeading")}
        </h2>
        {rows.length ? <CareTable rows={rows} /> : <p>{t("empty")}</p>}
      </section>
      {canManage ? (
        <section className="card" aria-labelledby="care-form-heading">
          <h2 id="care-form-heading" className="mb-1 text-lg font-semibold">
            {t("formHeading")}
          </h2>
          <p className="mb-3 text-sm text-gray-700">{t("formHint")}</p>
          <CareForm rows={rows} year={latest} thisYear={thisYear} />
        </section>
      ) : null}
    </div>
  );
}
