"use client";
// A client component on purpose: its rows cross the RSC boundary as compact arrays of figures, instead of as a tree
// of <tr>/<td> elements that the page's HTML would carry twice (markup and RSC payload). The HTML is still rendered
// on the server, so the table is there without JavaScript.
export type NumberTableProps = {
  caption: string;
  captionHidden?: boolean;
  columns: string[];
  rows: (string | number)[][];
  testId?: string;
};

/** A table of figures: the first cell of each row is its header, the other cells are numbers (aligned right). */
export function NumberTable({ caption, captionHidden = true, columns, rows, testId }: NumberTableProps) {
  return (
    <table className="table table-numbers" data-testid={testId}>
      <caption className={captionHidden ? "sr-only" : "mb-2 text-left font-semibold"}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([head, ...cells]) => (
          <tr key={String(head)}>
            <th scope="row">{head}</th>
            {cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
