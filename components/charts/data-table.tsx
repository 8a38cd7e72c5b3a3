/** The numbers behind a chart as a table (the accessible alternative), collapsed under a summary. */
export function DataTable({ caption, summary, columns, rows, testId }: {
  caption: string;
  summary: string;
  columns: string[];
  rows: (string | number)[][];
  testId?: string;
}) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-blue-800 underline">{summary}</summary>
      <table className="table mt-2" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead><tr>{columns.map((c, i) => <th key={c} scope="col" className={i ? "text-right" : ""}>{c}</th>)}</tr></thead>
        <tbody>
          {rows.map((row) => (
            <tr key={String(row[0])}>{row.map((cell, i) => (i ? <td key={i} className="text-right">{cell}</td> : <th key={i} scope="row" className="font-normal">{cell}</th>))}</tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
