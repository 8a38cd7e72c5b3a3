// One table of the yearly evaluation (a priority area's measures, or the programmes): the facts of each row,
// rendered by the server, and a last column with the coordinator's comment, as text or as an input.
import type { ReactNode } from "react";

export type CommentRow = {
  id: string;
  /** The row header (the measure or programme). */
  header: ReactNode;
  /** The facts, as <td> cells. */
  cells: ReactNode;
  commentLabel: string;
};

export type CommentTableData = {
  key: string;
  caption: string;
  hideCaption?: boolean;
  columns: string[];
  rows: CommentRow[];
};

export function CommentTable({ table, comment }: { table: CommentTableData; comment: (row: CommentRow) => ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="table">
        <caption className={table.hideCaption ? "sr-only" : "mb-2 text-left font-semibold"}>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.id} data-row={row.id}>
              <th scope="row" className="font-normal">
                {row.header}
              </th>
              {row.cells}
              <td className="min-w-64">{comment(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
