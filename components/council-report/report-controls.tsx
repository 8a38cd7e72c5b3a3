import { getTranslations } from "next-intl/server";
import { periodParam, WHOLE, type ReportPeriod } from "@/lib/council-report/period";
import { PrintButton } from "./print-button";

/** Choice of the period (a plain GET form, so the URL says what is shown), downloads and printing. */
export async function ReportControls({ period, years }: { period: ReportPeriod; years: number[] }) {
  const t = await getTranslations("councilReport");
  const current = periodParam(period);
  const download = (format: "pdf" | "xlsx") => `/api/reporty/rada?obdobi=${current}&format=${format}`;
  return (
    <section aria-labelledby="report-controls" className="card flex flex-wrap items-end gap-4 print:hidden">
      <h2 id="report-controls" className="sr-only">{t("controls")}</h2>
      <form method="get" className="flex items-end gap-2">
        <div>
          <label htmlFor="obdobi" className="block text-sm font-medium">{t("period")}</label>
          <select id="obdobi" name="obdobi" defaultValue={current} className="mt-1 rounded-md border-gray-400 text-sm">
            <option value={WHOLE}>{t("periodWhole")}</option>
            {years.map((y) => <option key={y} value={String(y)}>{t("periodYear", { year: y })}</option>)}
          </select>
        </div>
        <button type="submit" className="btn">{t("show")}</button>
      </form>
      <div className="flex flex-wrap gap-2">
        <a href={download("pdf")} className="btn-secondary no-underline" download>{t("downloadPdf")}</a>
        <a href={download("xlsx")} className="btn-secondary no-underline" download>{t("downloadXlsx")}</a>
        <PrintButton label={t("print")} />
      </div>
    </section>
  );
}
