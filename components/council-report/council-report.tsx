import type { Locale } from "@/i18n/config";
import type { ReportQuery } from "@/lib/council-report/choice-rules";
import type { CouncilReportView } from "@/lib/council-report/view";
import { PrintStyle } from "./print-style";
import { ReportControls } from "./report-controls";
import { ReportTable } from "./report-table";

/** The council report on screen and on paper: the same document model as the PDF and the spreadsheet. */
export function CouncilReport({
  view,
  query,
  locale,
  noticesTitle,
}: {
  view: CouncilReportView;
  query: ReportQuery;
  locale: Locale;
  noticesTitle: string;
}) {
  const { model, choice } = view;
  return (
    <div className="space-y-6 print:space-y-4">
      <PrintStyle pageCounter={model.pageCounter} />
      <ReportControls choice={choice} options={choice.options} query={query} />
      <article className="card space-y-8 print:border-0 print:p-0 print:shadow-none" aria-labelledby="report-title">
        <header>
          <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">{model.region}</p>
          <p className="text-sm text-gray-700">{model.department}</p>
          <h1 id="report-title" className="mt-3 text-2xl font-semibold">
            {model.title}
          </h1>
          <div className="mt-1 font-semibold" data-testid="report-scope">
            {model.scope.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
          <p className="mt-1 text-sm" data-testid="report-date">
            {model.dateLine}. {model.asOf}
          </p>
          {model.notices.length ? (
            <div
              role="status"
              aria-label={noticesTitle}
              className="mt-3 rounded border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950"
              data-testid="report-notices"
            >
              {model.notices.map((n) => (
                <p key={n}>
                  <span aria-hidden="true">▲ </span>
                  {n}
                </p>
              ))}
            </div>
          ) : null}
        </header>
        {model.sections.map((s) => (
          <section key={s.id} aria-labelledby={`report-${s.id}`} className="space-y-3" data-testid={`report-${s.id}`}>
            <h2 id={`report-${s.id}`} className="text-xl font-semibold">
              {s.title}
            </h2>
            {s.lines.map((line) => (
              <p key={line} className="text-sm">
                {line}
              </p>
            ))}
            {s.tables.map((table, i) => (
              <ReportTable key={table.caption ?? i} table={table} locale={locale} />
            ))}
          </section>
        ))}
      </article>
    </div>
  );
}
