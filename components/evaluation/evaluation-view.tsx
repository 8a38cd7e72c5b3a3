import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { EvaluationPage } from "@/lib/evaluation/page";
import { EMPTY_CONTENT } from "@/lib/evaluation/schema";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/i18n/config";
import { EvaluationForm } from "./evaluation-form";
import { EvaluationSections } from "./evaluation-sections";
import { reportTables } from "./report-tables";
import { VersionList } from "./version-list";

/** A plan's yearly evaluation: the latest version (editable by the coordinator) or an older one, read-only. */
export async function EvaluationView({ page, canEdit }: { page: EvaluationPage; canEdit: boolean }) {
  const t = await getTranslations("evaluation");
  const locale = (await getLocale()) as Locale;
  const { report, versions, shown, latest, old } = page;
  const { plan, year, actionPlan } = report;
  const base = `/reporty/hodnoceni/${plan.id}/${year}`;
  const tables = await reportTables(report);
  const content = shown?.content ?? EMPTY_CONTENT;
  const about = shown ? { version: shown.version, author: shown.author, date: formatDateTime(shown.createdAt, locale) } : null;
  return (
    <div className="space-y-6">
      <p><Link href="/reporty/hodnoceni">{t("backToList")}</Link></p>
      <div>
        <h1 className="text-2xl font-semibold">{t("yearTitle", { year })}</h1>
        <p className="text-gray-700">{plan.name}</p>
        <p className="mt-1 text-sm text-gray-700" data-testid="action-plan">
          {actionPlan ? t("actionPlan", { year, state: t(`actionPlanState.${actionPlan.state}`) }) : t("noActionPlan", { year })}
        </p>
      </div>
      {about ? (
        <div role="note" data-testid="shown-version" className={`rounded-md border p-3 text-sm ${old ? "border-amber-400 bg-amber-50 text-amber-950" : "border-gray-200 bg-white"}`}>
          {old ? <>{t("viewingOld", about)} <Link href={base}>{t("goLatest")}</Link></> : t("viewingLatest", about)}
        </div>
      ) : null}
      {canEdit && !old ? (
        <EvaluationForm planId={plan.id} year={year} base={{ version: latest, content }} measures={tables.measures} programmes={tables.programmes} />
      ) : (
        <EvaluationSections
          year={year}
          measures={tables.measures}
          programmes={tables.programmes}
          summary={<p className="whitespace-pre-line" data-testid="summary">{content.summary || t("noSummary")}</p>}
          comment={(kind, row) => <span className="whitespace-pre-line">{content[kind][row.id] ?? "—"}</span>}
        />
      )}
      <VersionList base={base} versions={versions} shown={shown?.version ?? null} />
    </div>
  );
}
