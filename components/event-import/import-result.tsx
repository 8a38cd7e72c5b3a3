"use client";
import { useLocale, useTranslations } from "next-intl";
import { headerOf } from "@/lib/event-import/columns";
import { NO_PARAMS } from "@/lib/event-import/issue-text";
import type { EventImportReport } from "@/lib/event-import/types";
import { formatDate, parseCalendarDate } from "@/lib/format";
import { ImportChoices } from "@/components/import/import-choices";
import { IssueTable } from "@/components/import/issue-table";

export type Pending = "import" | "download" | null;
type Props = {
  report: EventImportReport;
  pending: Pending;
  onConfirm: (mode: "all" | "valid") => void;
  onDownload: () => void;
  onNothing: () => void;
};

const KINDS = ["create", "update", "unchanged", "rejected"] as const;

/** The dry run's outcome: every error with its row and column, the events the import would write, and the choice:
 * import the file (no errors), or import its valid rows, download the rejected ones or import nothing. */
export function EventImportResult({ report, pending, onConfirm, onDownload, onNothing }: Props) {
  const t = useTranslations("eventImport");
  const locale = useLocale() === "en" ? "en" : "cs";
  const { issues, counts, changes } = report;
  const total = issues.length + report.moreIssues;
  const ready = total === 0 && changes.length > 0;
  const day = (iso: string) => formatDate(parseCalendarDate(iso)!, locale);
  const count = (kind: (typeof KINDS)[number]) => (kind === "rejected" ? report.rejected : counts[kind]);
  return (
    <section aria-labelledby="event-import-result" className="card space-y-4" data-testid="event-import-result">
      <div>
        <h2 id="event-import-result" className="text-xl font-semibold">
          {t("previewTitle", { file: report.fileName })}
        </h2>
        {report.rowCount > 0 ? (
          <p className="text-sm text-gray-700">{t("rowCount", { count: report.rowCount })}</p>
        ) : null}
        {report.ignoredColumns.length > 0 ? (
          <p className="text-sm text-gray-700">{t("ignoredColumns", { columns: report.ignoredColumns.join(", ") })}</p>
        ) : null}
        {report.organisationIgnored ? <p className="text-sm">{t("organisationIgnored")}</p> : null}
      </div>
      <IssueTable
        testId="event-import-issues"
        issues={issues}
        moreIssues={report.moreIssues}
        rejected={report.rejected}
        t={t}
        header={(column) => headerOf(column, locale)}
        noParams={NO_PARAMS}
      />
      {report.rowCount > 0 ? (
        <div className="overflow-x-auto">
          <table className="table max-w-sm" data-testid="event-import-counts">
            <caption className="mb-2 text-left text-lg font-semibold">{t("summaryTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("rows")}</th>
                <th scope="col" className="!text-right">
                  {t("howMany")}
                </th>
              </tr>
            </thead>
            <tbody>
              {KINDS.map((k) => (
                <tr key={k}>
                  <th scope="row" className="font-normal">
                    {t(k)}
                  </th>
                  <td className="text-right">{count(k)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {changes.length > 0 ? (
        <div className="max-h-96 overflow-auto">
          <table className="table">
            <caption className="mb-2 text-left">
              <span className="block text-lg font-semibold">{t("changesTitle")}</span>
              {report.moreChanges > 0 ? (
                <span className="block">
                  {t("moreChanges", { shown: changes.length, total: changes.length + report.moreChanges })}
                </span>
              ) : null}
            </caption>
            <thead>
              <tr>
                {[t("eventTitle"), t("date"), t("organisation"), t("line"), t("change")].map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.line}>
                  <th scope="row" className="font-normal">
                    {c.title}
                  </th>
                  {[
                    day(c.date),
                    c.organisation,
                    c.line,
                    t(c.action === "create" ? "actionCreate" : "actionUpdate"),
                  ].map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {total === 0 ? (
        <div className="space-y-2">
          <p>{t(ready ? "ready" : "nothingToChange")}</p>
          {ready ? (
            <button type="button" className="btn" disabled={pending !== null} onClick={() => onConfirm("all")}>
              {pending ? t("importing") : t("confirm")}
            </button>
          ) : null}
        </div>
      ) : null}
      {report.rejected > 0 ? (
        <ImportChoices
          canImport={changes.length > 0}
          pending={pending}
          onImport={() => onConfirm("valid")}
          onDownload={onDownload}
          onNothing={onNothing}
          labels={{
            intro: t(changes.length > 0 ? "choicesIntro" : "choicesNoValid"),
            importValid: t("importValid", { count: report.rowCount - report.rejected }),
            importing: t("importing"),
            download: t("downloadRejected"),
            downloading: t("downloadingRejected"),
            nothing: t("importNothing"),
          }}
        />
      ) : null}
    </section>
  );
}
