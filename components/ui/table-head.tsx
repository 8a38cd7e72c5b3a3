// A table's header row: one column heading each, and for a register the last column of row links ("Upravit"),
// named for screen readers only; and the cell with that link.
import Link from "next/link";

type Column = string | { label: string; className: string };

export function TableHead({ columns, actions }: { columns: Column[]; actions?: string }) {
  return (
    <thead>
      <tr>
        {columns.map((c) =>
          typeof c === "string" ? (
            <th key={c} scope="col">
              {c}
            </th>
          ) : (
            <th key={c.label} scope="col" className={c.className}>
              {c.label}
            </th>
          ),
        )}
        {actions ? (
          <th scope="col" className="row-actions">
            <span className="sr-only">{actions}</span>
          </th>
        ) : null}
      </tr>
    </thead>
  );
}

/** A register row's last cell: the link to edit it, naming the row for screen readers ("Upravit Nadace Naruč"). */
export function RowAction({ href, label, name }: { href: string; label: string; name: string }) {
  return (
    <td className="row-actions">
      <Link href={href} className="link-target">
        {label}
        <span className="sr-only"> {name}</span>
      </Link>
    </td>
  );
}
