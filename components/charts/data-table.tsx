import { NumberTable, type NumberTableProps } from "@/components/ui/number-table";

/** The numbers behind a chart as a table (the accessible alternative), collapsed under a summary. */
export function DataTable({ summary, ...table }: NumberTableProps & { summary: string }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-blue-800 underline">{summary}</summary>
      <div className="mt-2">
        <NumberTable {...table} />
      </div>
    </details>
  );
}
