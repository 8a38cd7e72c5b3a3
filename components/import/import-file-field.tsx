// The file input of an import form, with its hint and its error in an aria-live region; shared by the imports.
import type { ComponentProps } from "react";

type Props = { id: string; label: string; hint: string; error: string | null } & ComponentProps<"input">;

export function ImportFileField({ id, label, hint, error, ...input }: Props) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        aria-invalid={!!error}
        aria-describedby={`${id}-hint ${id}-error`}
        className="mt-1 block text-sm"
        {...input}
      />
      <p id={`${id}-hint`} className="mt-1 text-sm text-gray-700">
        {hint}
      </p>
      <p id={`${id}-error`} className="field-error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}

/** "Download the current data: XLSX · CSV" links of an import page. */
export function DownloadLinks({
  className,
  label,
  href,
  xlsx,
  csv,
}: {
  className: string;
  label: string;
  href: (format: "xlsx" | "csv") => string;
  xlsx: string;
  csv: string;
}) {
  return (
    <p className={className}>
      {label}{" "}
      <a className="underline" href={href("xlsx")} download>
        {xlsx}
      </a>
      {" · "}
      <a className="underline" href={href("csv")} download>
        {csv}
      </a>
    </p>
  );
}
