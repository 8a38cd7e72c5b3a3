import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { EvaluationPage } from "@/lib/evaluation/page";
import { EMPTY_CONTENT } from "@/lib/evaluation/schema";
import { formatDateTime } from "@/lib/format";
import { ApprovalState } from "./approval-state";
import { ApproveButton } from "./approve-button";
import { EvaluationForm } from "./evaluation-form";
import { EvaluationSections } from "./evaluation-sections";
import { reportTables } from "./report-tables";
import { VersionList } from "./version-list";

type Props = { page: EvaluationPage; canEdit: boolean; canApprove: boolean };

/** A plan's yearly evaluation: the latest version (editable by the coordinator, who may approve it once the year is
 * over) or an older one, read-only; an approved version's figures are frozen, a draft's live as at 31 December. */
export async function EvaluationView({ page, canEdit, canApprove }: Props) {
  const t = await getTranslations("evaluation");
  const locale = await getLocale();
  const { report, versions, shown, latest, old } = page;
  const { plan, year, actionPlan } = report;
  const base = `/reporty/hodnoceni/${plan.id}/${year}`;
  const tables = await reportTables(report);
  const content = shown?.content ?? EMPTY_CONTENT;
  const about = shown
    ? { version: shown.version, author: shown.author, date: formatDateTime(shown.createdAt, locale) }
    : null;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/reporty/hodnoceni">{t("backToList")}</Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold">{t("yearTitle", { year })}</h1>
        <p className="text-gray-700">{plan.name}</p>
        <p className="mt-1 text-sm text-gray-700" data-testid="action-plan">
          {actionPlan
            ? t("actionPlan", { year, state: t(`actionPlanState.${actionPlan.state}`) })
            : t("noActionPlan", { year })}
        </p>
      </div>
      {about ? (
        <div
          role="note"
          data-testid="shown-version"
          className={`rounded-md border p-3 text-sm ${old ? "border-amber-400 bg-amber-50 text-amber-950" : "border-gray-200 bg-white"}`}
        >
          {old ? (
            <>
              {t("viewingOld", about)} <Link href={base}>{t("goLatest")}</Link>
            </>
          ) : (
            t("viewingLatest", about)
          )}
        </div>
      ) : null}
      <ApprovalState page={page} />
      {canApprove && page.approvable && shown ? (
        <section className="card" aria-labelledby="approve-heading">
          <h2 id="approve-heading" className="mb-2 text-lg font-semibold">
            {t("approve.heading")}
          </h2>
          <ApproveButton planId={plan.id} year={year} version={shown.version} />
        </section>
      ) : null}
      {canEdit && !old && shown?.approved ? (
        <p className="text-sm text-gray-700">
          {t("approvedEditNote", { version: shown.version, next: shown.version + 1 })}
        </p>
      ) : null}
      {canEdit && !old ? (
        <EvaluationForm
          planId={plan.id}
          year={year}
          base={{ version: latest, content }}
          measures={tables.measures}
          programmes={tables.programmes}
        />
      ) : (
        <EvaluationSections
          year={year}
          measures={tables.measures}
          programmes={tables.programmes}
          summary={
            <p className="whitespace-pre-line" data-testid="summary">
              {content.summary || t("noSummary")}
            </p>
          }
          comment={(kind, row) => <span className="whitespace-pre-line">{content[kind][row.id] ?? "—"}</span>}
        />
      )}
      <VersionList base={base} versions={versions} shown={shown?.version ?? null} />
    </div>
  );
}
