import { getTranslations } from "next-intl/server";
import type { ReportChoice, ReportQuery } from "@/lib/council-report/choice-rules";
import type { ReportOptions } from "@/lib/council-report/choice";
import { periodParam, WHOLE } from "@/lib/council-report/period";
import { PrintButton } from "./print-button";

type Props = { choice: ReportChoice; options: ReportOptions; query: ReportQuery };

/** The download links carry the choice the page shows, so the files say the same. */
export function downloadHref(c: ReportChoice, format: "pdf" | "xlsx") {
  const params = new URLSearchParams({
    ...(c.plan ? { plan: c.plan.id } : {}),
    ...(c.programme ? { program: c.programme.id } : {}),
    obdobi: periodParam(c.period),
    format,
  });
  return `/api/reporty/rada?${params}`;
}

/** Choice of plan, programme and period (a plain GET form, so the URL says what is shown), downloads and printing. */
export async function ReportControls({ choice, options, query }: Props) {
  const t = await getTranslations("councilReport");
  // The programme stays "of the plan period" unless one was asked for, so choosing another plan brings its programme.
  const askedProgramme = query.program && choice.programme?.id === query.program ? query.program : "";
  const select = "mt-1 max-w-xs rounded-md border-gray-400 text-sm";
  return (
    <section aria-labelledby="report-controls" className="card flex flex-wrap items-end gap-4 print:hidden">
      <h2 id="report-controls" className="sr-only">
        {t("controls")}
      </h2>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="plan" className="block text-sm font-medium">
            {t("choosePlan")}
          </label>
          <select id="plan" name="plan" defaultValue={choice.plan?.id} className={select}>
            {options.plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.state === "DRAFT" ? t("planDraft", { name: p.name }) : p.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="program" className="block text-sm font-medium">
            {t("chooseProgramme")}
          </label>
          <select id="program" name="program" defaultValue={askedProgramme} className={select}>
            <option value="">{t("programmeOfPlan")}</option>
            {options.programmes.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="obdobi" className="block text-sm font-medium">
            {t("period")}
          </label>
          <select id="obdobi" name="obdobi" defaultValue={periodParam(choice.period)} className={select}>
            <option value={WHOLE}>{t("periodWhole")}</option>
            {choice.years.map((y) => (
              <option key={y} value={String(y)}>
                {t("periodYear", { year: y })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn">
          {t("show")}
        </button>
      </form>
      <div className="flex flex-wrap gap-2">
        <a href={downloadHref(choice, "pdf")} className="btn-secondary no-underline" download>
          {t("downloadPdf")}
        </a>
        <a href={downloadHref(choice, "xlsx")} className="btn-secondary no-underline" download>
          {t("downloadXlsx")}
        </a>
        <PrintButton label={t("print")} />
      </div>
    </section>
  );
}
