// The errors a dry run found, one per row and column, shared by the imports' previews.
type Row = { line: number | string; column: string; problem: string };
type Props = { testId: string; title: string; intro: string; head: [line: string, column: string, problem: string]; rows: Row[]; more: string | null };

export function IssueTable({ testId, title, intro, head, rows, more }: Props) {
  return (
    <div className="space-y-2 overflow-x-auto">
      <table className="table" data-testid={testId}>
        <caption className="mb-2 text-left">
          <span className="block text-lg font-semibold text-red-900">{title}</span>
          <span className="block">{intro}</span>
        </caption>
        <thead><tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}><td className="whitespace-nowrap">{row.line}</td><td>{row.column}</td><td>{row.problem}</td></tr>
          ))}
        </tbody>
      </table>
      {more ? <p>{more}</p> : null}
    </div>
  );
}
