import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { RecentRuns } from "@/lib/import-runs/recent";
import { ScrollBox } from "@/components/ui/scroll-box";

const TONE = {
  APPLIED: "text-green-900",
  RUNNING: "text-gray-800",
  INTERRUPTED: "text-red-900",
  FAILED: "text-red-900",
} as const;

/** "Poslední importy" on an import page: when, which file, how many rows and how it ended (an interrupted run says
 * that nothing of it was stored and that the file may be uploaded again). */
export async function RecentImportRuns({ runs, everyone }: RecentRuns) {
  const t = await getTranslations("importRuns");
  const locale = await getLocale();
  // On a phone the rows go under the file name, so that date, file and outcome fit 390 px without scrolling.
  return (
    <section className="card space-y-2" aria-labelledby="recent-imports" data-testid="recent-imports">
      <h2 id="recent-imports" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {runs.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p id="recent-imports-intro" className="text-sm text-gray-700">
            {t(everyone ? "introAll" : "introOwn")}
          </p>
          <ScrollBox label={t("title")}>
            <table
              className="table [&_td]:px-2 [&_th]:px-2"
              aria-labelledby="recent-imports"
              aria-describedby="recent-imports-intro"
            >
              <thead>
                <tr>
                  <th scope="col">{t("startedAt")}</th>
                  <th scope="col">{t("file")}</th>
                  <th scope="col" className="!text-right max-sm:hidden">
                    {t("rows")}
                  </th>
                  {everyone ? <th scope="col">{t("by")}</th> : null}
                  <th scope="col">{t("status")}</th>
                </tr>
              </thead>
              <tbody>
                {runs.map((run) => (
                  <tr key={run.id} data-status={run.status}>
                    <td className="min-w-[5.5rem]">
                      <time dateTime={run.startedAt.toISOString()}>{formatDateTime(run.startedAt, locale)}</time>
                    </td>
                    <th scope="row" className="font-normal [overflow-wrap:anywhere]">
                      {run.fileName}
                      <span className="block text-gray-700 sm:hidden">{t("rowCount", { count: run.rowCount })}</span>
                    </th>
                    <td className="text-right max-sm:hidden">{formatNumber(run.rowCount, locale)}</td>
                    {everyone ? <td>{run.by}</td> : null}
                    <td className={TONE[run.status]}>
                      {t(run.status, { created: run.created, updated: run.updated })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
    </section>
  );
}
