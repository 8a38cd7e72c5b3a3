"use client";
import { useLocale, useTranslations } from "next-intl";
import { headerOf } from "@/lib/event-import/columns";
import { NO_PARAMS } from "@/lib/event-import/issue-text";
import type { EventImportReport } from "@/lib/event-import/types";
import { formatDate, parseCalendarDate } from "@/lib/format";
import {
  ChangesTable,
  ConfirmImport,
  PreviewHeading,
  RejectedChoices,
  type Pending,
  type PreviewProps,
} from "@/components/import/import-preview";
import { IssueTable } from "@/components/import/issue-table";

export type { Pending };
type Props = PreviewProps<EventImportReport>;

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
      <PreviewHeading id="event-import-result" t={t} report={report}>
        {report.organisationIgnored ? <p className="text-sm">{t("organisationIgnored")}</p> : null}
      </PreviewHeading>
      <IssueTable
        testId="event-import-issues"
        report={report}
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
      <ChangesTable
        t={t}
        shown={changes.length}
        report={report}
        headers={[t("eventTitle"), t("date"), t("organisation"), t("line"), t("change")]}
      >
        {changes.map((c) => (
          <tr key={c.line}>
            <th scope="row" className="font-normal">
              {c.title}
            </th>
            {[day(c.date), c.organisation, c.line, t(c.action === "create" ? "actionCreate" : "actionUpdate")].map(
              (cell, j) => (
                <td key={j}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </ChangesTable>
      {total === 0 ? <ConfirmImport t={t} ready={ready} pending={pending} onConfirm={() => onConfirm("all")} /> : null}
      <RejectedChoices
        t={t}
        report={report}
        canImport={changes.length > 0}
        pending={pending}
        onConfirm={onConfirm}
        onDownload={onDownload}
        onNothing={onNothing}
      />
    </section>
  );
}
