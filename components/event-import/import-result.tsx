"use client";
import { useLocale, useTranslations } from "next-intl";
import { headerOf } from "@/lib/event-import/columns";
import type { EventImportReport, Issue } from "@/lib/event-import/types";
import { formatDate, parseCalendarDate } from "@/lib/format";

type Props = { report: EventImportReport; pending: boolean; onConfirm: () => void };

const NO_PARAMS = { value: "", max: "", min: "", period: "", line: "" };

/** The dry run's outcome: every error with its row and column, or the events the import would write and a confirm button. */
export function EventImportResult({ report, pending, onConfirm }: Props) {
  const t = useTranslations("eventImport");
  const locale = useLocale() === "en" ? "en" : "cs";
  const { issues, counts, changes } = report;
  const total = issues.length + report.moreIssues;
  const ready = total === 0 && changes.length > 0;
  const problem = (issue: Issue) => t(`issues.${issue.code}`, { ...NO_PARAMS, ...issue.params });
  const day = (iso: string) => formatDate(parseCalendarDate(iso)!, locale);
  return (
    <section aria-labelledby="event-import-result" className="card space-y-4" data-testid="event-import-result">
      <div>
        <h2 id="event-import-result" className="text-xl font-semibold">{t("previewTitle", { file: report.fileName })}</h2>
        {report.rowCount > 0 ? <p className="text-sm text-gray-700">{t("rowCount", { count: report.rowCount })}</p> : null}
        {report.ignoredColumns.length > 0 ? <p className="text-sm text-gray-700">{t("ignoredColumns", { columns: report.ignoredColumns.join(", ") })}</p> : null}
        {report.organisationIgnored ? <p className="text-sm">{t("organisationIgnored")}</p> : null}
      </div>
      {total > 0 ? (
        <div className="space-y-2 overflow-x-auto">
          <table className="table" data-testid="event-import-issues">
            <caption className="mb-2 text-left">
              <span className="block text-lg font-semibold text-red-900">{t("issuesTitle", { count: total })}</span>
              <span className="block">{t("issuesIntro")}</span>
            </caption>
            <thead><tr>{[t("line"), t("column"), t("problem")].map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
            <tbody>
              {issues.map((issue, i) => (
                <tr key={i}>{[issue.line ?? t("wholeFile"), issue.column ? headerOf(issue.column, locale) : "—", problem(issue)].map((cell, j) => <td key={j}>{cell}</td>)}</tr>
              ))}
            </tbody>
          </table>
          {report.moreIssues > 0 ? <p>{t("moreIssues", { count: report.moreIssues })}</p> : null}
        </div>
      ) : null}
      {report.rowCount > 0 ? (
        <table className="table max-w-xl" data-testid="event-import-counts">
          <caption className="mb-2 text-left text-lg font-semibold">{t("summaryTitle")}</caption>
          <thead>
            <tr><th scope="col">{t("records")}</th>{(["create", "update", "unchanged"] as const).map((k) => <th key={k} scope="col" className="!text-right">{t(k)}</th>)}</tr>
          </thead>
          <tbody>
            <tr><th scope="row" className="font-normal">{t("records")}</th>{(["create", "update", "unchanged"] as const).map((k) => <td key={k} className="text-right">{counts[k]}</td>)}</tr>
          </tbody>
        </table>
      ) : null}
      {ready ? (
        <div className="max-h-96 overflow-auto">
          <table className="table">
            <caption className="mb-2 text-left text-lg font-semibold">{t("changesTitle")}</caption>
            <thead>
              <tr>{[t("eventTitle"), t("date"), t("organisation"), t("line"), t("change")].map((h) => <th key={h} scope="col">{h}</th>)}</tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.line}>
                  <th scope="row" className="font-normal">{c.title}</th>
                  {[day(c.date), c.organisation, c.line, t(c.action === "create" ? "actionCreate" : "actionUpdate")].map((cell, j) => <td key={j}>{cell}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {total === 0 ? (
        <div className="space-y-2">
          <p>{t(ready ? "ready" : "nothingToChange")}</p>
          {ready ? <button type="button" className="btn" disabled={pending} onClick={onConfirm}>{pending ? t("importing") : t("confirm")}</button> : null}
        </div>
      ) : null}
    </section>
  );
}
