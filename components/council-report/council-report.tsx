import type { Locale } from "@/i18n/config";
import type { ReportModel } from "@/lib/council-report/model";
import type { ReportPeriod } from "@/lib/council-report/period";
import { PrintStyle } from "./print-style";
import { ReportControls } from "./report-controls";
import { ReportTable } from "./report-table";

/** The council report on screen and on paper: the same document model as the PDF and the spreadsheet. */
export function CouncilReport({ model, period, years, locale }: { model: ReportModel; period: ReportPeriod; years: number[]; locale: Locale }) {
  return (
    <div className="space-y-6 print:space-y-4">
      <PrintStyle pageCounter={model.pageCounter} />
      <ReportControls period={period} years={years} />
      <article className="card space-y-8 print:border-0 print:p-0 print:shadow-none" aria-labelledby="report-title">
        <header>
          <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">{model.region}</p>
          <p className="text-sm text-gray-700">{model.department}</p>
          <h1 id="report-title" className="mt-3 text-2xl font-semibold">{model.title}</h1>
          <p className="mt-1 text-sm" data-testid="report-date">{model.dateLine}. {model.asOf}</p>
        </header>
        {model.sections.map((s) => (
          <section key={s.id} aria-labelledby={`report-${s.id}`} className="space-y-3" data-testid={`report-${s.id}`}>
            <h2 id={`report-${s.id}`} className="text-xl font-semibold">{s.title}</h2>
            {s.lines.map((line) => <p key={line} className="text-sm">{line}</p>)}
            {s.tables.map((table, i) => <ReportTable key={table.caption ?? i} table={table} locale={locale} />)}
          </section>
        ))}
      </article>
    </div>
  );
}
