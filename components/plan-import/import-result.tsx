"use client";
import { useLocale, useTranslations } from "next-intl";
import { headerOf } from "@/lib/plan-import/columns";
import { NO_PARAMS } from "@/lib/plan-import/issue-text";
import type { ImportReport } from "@/lib/plan-import/types";
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
type Props = PreviewProps<ImportReport>;

/** The dry run's outcome: every error with its row and column, what the import (of the valid rows) would change,
 * and the choice: import the file (no errors), or import its valid rows, download the rejected ones or import nothing. */
export function ImportResult({ report, pending, onConfirm, onDownload, onNothing }: Props) {
  const t = useTranslations("planImport");
  const locale = useLocale() === "en" ? "en" : "cs";
  const { issues, counts, changes } = report;
  const writable = changes.length + counts.areas.update + counts.goals.update > 0;
  const canImport = issues.length === 0 && writable;
  return (
    <section aria-labelledby="import-result" className="card space-y-4" data-testid="import-result">
      <PreviewHeading id="import-result" t={t} report={report} />
      <IssueTable
        testId="import-issues"
        report={report}
        t={t}
        header={(column) => headerOf(column, locale)}
        noParams={NO_PARAMS}
      />
      {report.rowCount > 0 ? (
        <div className="overflow-x-auto">
          <table className="table max-w-2xl" data-testid="import-counts">
            <caption className="mb-2 text-left text-lg font-semibold">{t("summaryTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("records")}</th>
                <th scope="col" className="!text-right">
                  {t("create")}
                </th>
                <th scope="col" className="!text-right">
                  {t("update")}
                </th>
                <th scope="col" className="!text-right">
                  {t("unchanged")}
                </th>
              </tr>
            </thead>
            <tbody>
              {(["areas", "goals", "measures", "indicators"] as const).map((kind) => (
                <tr key={kind}>
                  <th scope="row" className="font-normal">
                    {t(kind)}
                  </th>
                  <td className="text-right">{counts[kind].create}</td>
                  <td className="text-right">{counts[kind].update}</td>
                  <td className="text-right">{counts[kind].unchanged}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.rejected > 0 ? <p className="mt-2">{t("rejectedRows", { count: report.rejected })}</p> : null}
        </div>
      ) : null}
      <ChangesTable
        t={t}
        shown={changes.length}
        report={report}
        headers={[t("line"), t("code"), t("measure"), t("change")]}
      >
        {changes.map((c) => (
          <tr key={c.code}>
            <td>{c.line}</td>
            <td className="whitespace-nowrap">{c.code}</td>
            <th scope="row" className="font-normal">
              {c.title}
            </th>
            <td>{t(c.action === "create" ? "actionCreate" : "actionUpdate")}</td>
          </tr>
        ))}
      </ChangesTable>
      {issues.length === 0 ? (
        <ConfirmImport t={t} ready={canImport} pending={pending} onConfirm={() => onConfirm("all")} />
      ) : null}
      <RejectedChoices
        t={t}
        report={report}
        canImport={writable}
        pending={pending}
        onConfirm={onConfirm}
        onDownload={onDownload}
        onNothing={onNothing}
      />
    </section>
  );
}
