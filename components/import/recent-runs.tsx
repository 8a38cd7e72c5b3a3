import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { RecentRuns } from "@/lib/import-runs/recent";

const TONE = { APPLIED: "text-green-900", RUNNING: "text-gray-800", INTERRUPTED: "text-red-900", FAILED: "text-red-900" } as const;

/** "Poslední importy" on an import page: when, which file, how many rows and how it ended (an interrupted run says
 * that nothing of it was stored and that the file may be uploaded again). */
export async function RecentImportRuns({ runs, everyone }: RecentRuns) {
  const t = await getTranslations("importRuns");
  const locale = (await getLocale()) as Locale;
  return (
    <section className="card space-y-2" aria-labelledby="recent-imports" data-testid="recent-imports">
      <h2 id="recent-imports" className="text-xl font-semibold">{t("title")}</h2>
      {runs.length === 0 ? <p>{t("none")}</p> : (
        <div className="overflow-x-auto">
          <p id="recent-imports-intro" className="text-sm text-gray-700">{t(everyone ? "introAll" : "introOwn")}</p>
          <table className="table" aria-labelledby="recent-imports" aria-describedby="recent-imports-intro">
            <thead>
              <tr>
                <th scope="col">{t("startedAt")}</th>
                <th scope="col">{t("file")}</th>
                <th scope="col" className="!text-right">{t("rows")}</th>
                {everyone ? <th scope="col">{t("by")}</th> : null}
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id} data-status={run.status}>
                  <td className="whitespace-nowrap"><time dateTime={run.startedAt.toISOString()}>{formatDateTime(run.startedAt, locale)}</time></td>
                  <th scope="row" className="break-all font-normal">{run.fileName}</th>
                  <td className="text-right">{formatNumber(run.rowCount, locale)}</td>
                  {everyone ? <td>{run.by}</td> : null}
                  <td className={`min-w-48 ${TONE[run.status]}`}>{t(run.status, { created: run.created, updated: run.updated })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
