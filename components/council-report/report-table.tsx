import type { Locale } from "@/i18n/config";
import { alignRight, cellText, isSig, type Cell, type Table } from "@/lib/council-report/model";
import { ScrollBox } from "@/components/ui/scroll-box";
import { SignalWord } from "./signal-word";

const content = (cell: Cell, locale: Locale) => (isSig(cell) ? <SignalWord sig={cell} /> : cellText(cell, locale));

/** One table of the report; the first cell of each row heads the row. */
export function ReportTable({ table, locale, testId }: { table: Table; locale: Locale; testId?: string }) {
  const right = table.columns.map((_, i) => table.rows.some((r) => alignRight(r[i])));
  const align = (i: number) => (right[i] ? "!text-right" : "");
  return (
    <ScrollBox label={table.caption} className="print:overflow-visible">
      <table className="table break-inside-auto print:text-xs" data-testid={testId}>
        {table.caption ? <caption className="mb-1 text-left font-semibold">{table.caption}</caption> : null}
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={c.label} scope="col" className={align(i)}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} className="break-inside-avoid">
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="font-normal">
                    {content(cell, locale)}
                  </th>
                ) : (
                  <td key={i} className={align(i)}>
                    {content(cell, locale)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
