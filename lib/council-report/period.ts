// The period of a council report: one calendar year ("2025") or the whole plan period ("cele").
export type ReportPeriod = { year: number | null };

export const WHOLE = "cele";

/** URL value → period; null for anything else (the page answers 404, the download 400). */
export function parsePeriod(value: string | null | undefined): ReportPeriod | null {
  if (!value || value === WHOLE) return { year: null };
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? { year } : null;
}

export const periodParam = (p: ReportPeriod) => (p.year === null ? WHOLE : String(p.year));

/** The file name of a download, ASCII only, with the plan's years: "rada-kraje-report-2024-2028-rok-2025.pdf",
 * "rada-kraje-report-2019-2023-cele-obdobi.xlsx". */
export const reportFileName = (
  p: ReportPeriod,
  plan: { yearFrom: number; yearTo: number } | null,
  ext: "pdf" | "xlsx",
) =>
  [
    "rada-kraje-report",
    ...(plan ? [`${plan.yearFrom}-${plan.yearTo}`] : []),
    p.year === null ? "cele-obdobi" : `rok-${p.year}`,
  ].join("-") + `.${ext}`;

/** The years one can choose: those of the plan and of the recruitment programmes, up to the current year. */
export function selectableYears(spans: { from: number; to: number }[], currentYear: number): number[] {
  const years = new Set<number>();
  for (const { from, to } of spans) for (let y = from; y <= Math.min(to, currentYear); y++) years.add(y);
  return [...years].sort((a, b) => b - a);
}
