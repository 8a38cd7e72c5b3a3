import { getLocale, getTranslations } from "next-intl/server";
import type { EvaluationPage } from "@/lib/evaluation/page";
import { formatDate, formatDateTime } from "@/lib/format";

// Colour plus a symbol and words (never colour alone); text colours reach 4.5:1 on their backgrounds.
const STYLE = {
  approved: "border-green-700 bg-green-50 text-green-900",
  draft: "border-sky-700 bg-sky-50 text-sky-950",
  unreadable: "border-red-700 bg-red-50 text-red-900",
} as const;
const SYMBOL = { approved: "✔", draft: "✎", unreadable: "!" } as const;

/** Whether the figures shown are a draft's (live, as at 31 December) or an approved version's (frozen). */
export async function ApprovalState({ page }: { page: EvaluationPage }) {
  const t = await getTranslations("evaluation.state");
  const locale = await getLocale();
  const { shown, frozen, unreadable, report, yearOver } = page;
  const state = frozen ? "approved" : unreadable ? "unreadable" : "draft";
  const asOf = formatDate(report.asOf, locale);
  const approved = shown?.approved;
  return (
    <div
      role="note"
      data-testid="approval-state"
      data-state={state}
      className={`rounded-md border-l-4 p-3 text-sm ${STYLE[state]}`}
    >
      <p className="font-semibold">
        <span aria-hidden="true">{SYMBOL[state]} </span>
        {t(`${state}Title`)}
      </p>
      <p>
        {approved
          ? t(`${state}Text`, { date: formatDateTime(approved.at, locale), by: approved.by, asOf })
          : t("draftText", { asOf })}
        {!yearOver ? ` ${t("yearRunning", { year: report.year, next: report.year + 1 })}` : null}
      </p>
    </div>
  );
}
