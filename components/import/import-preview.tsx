// The parts the imports' previews share: the heading with the file's facts, the table of the changes the import
// would make, the confirm step and the choices for a file with rejected rows. Each import's messages namespace holds
// the same keys (previewTitle, rowCount, ignoredColumns, changesTitle, moreChanges, ready, nothingToChange, confirm,
// importing, choicesIntro, choicesNoValid, importValid, downloadRejected, downloadingRejected, importNothing).
import type { ReactNode } from "react";
import { ImportChoices } from "./import-choices";

export type Pending = "import" | "download" | null;
type Translate = (key: string, values?: Record<string, string | number>) => string;
type Report = { fileName: string; rowCount: number; ignoredColumns: string[]; rejected: number; moreChanges: number };
/** The props of an import's preview of its dry-run report `R`. */
export type PreviewProps<R> = {
  report: R;
  pending: Pending;
  onConfirm: (mode: "all" | "valid") => void;
  onDownload: () => void;
  onNothing: () => void;
};

export function PreviewHeading({
  id,
  t,
  report,
  children,
}: {
  id: string;
  t: Translate;
  report: Report;
  children?: ReactNode;
}) {
  return (
    <div>
      <h2 id={id} className="text-xl font-semibold">
        {t("previewTitle", { file: report.fileName })}
      </h2>
      {report.rowCount > 0 ? (
        <p className="text-sm text-gray-700">{t("rowCount", { count: report.rowCount })}</p>
      ) : null}
      {report.ignoredColumns.length > 0 ? (
        <p className="text-sm text-gray-700">{t("ignoredColumns", { columns: report.ignoredColumns.join(", ") })}</p>
      ) : null}
      {children}
    </div>
  );
}

/** The rows the import would write (the first `shown` of them), under `headers`. */
export function ChangesTable({
  t,
  shown,
  report,
  headers,
  children,
}: {
  t: Translate;
  shown: number;
  report: Report;
  headers: string[];
  children: ReactNode;
}) {
  if (shown === 0) return null;
  return (
    <div className="max-h-96 overflow-auto">
      <table className="table">
        <caption className="mb-2 text-left">
          <span className="block text-lg font-semibold">{t("changesTitle")}</span>
          {report.moreChanges > 0 ? (
            <span className="block">{t("moreChanges", { shown, total: shown + report.moreChanges })}</span>
          ) : null}
        </caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A file without errors: import it, or say there is nothing to change. */
export function ConfirmImport({
  t,
  ready,
  pending,
  onConfirm,
}: {
  t: Translate;
  ready: boolean;
  pending: Pending;
  onConfirm: () => void;
}) {
  return (
    <div className="space-y-2">
      <p>{t(ready ? "ready" : "nothingToChange")}</p>
      {ready ? (
        <button type="button" className="btn" disabled={pending !== null} onClick={onConfirm}>
          {pending ? t("importing") : t("confirm")}
        </button>
      ) : null}
    </div>
  );
}

type ChoicesProps = {
  t: Translate;
  report: Report;
  canImport: boolean;
  pending: Pending;
  onConfirm: (mode: "all" | "valid") => void;
  onDownload: () => void;
  onNothing: () => void;
};

/** A file with rejected rows: import the valid ones, download the rejected ones, or import nothing. */
export function RejectedChoices({ t, report, canImport, pending, onConfirm, onDownload, onNothing }: ChoicesProps) {
  if (report.rejected === 0) return null;
  return (
    <ImportChoices
      canImport={canImport}
      pending={pending}
      onImport={() => onConfirm("valid")}
      onDownload={onDownload}
      onNothing={onNothing}
      labels={{
        intro: t(canImport ? "choicesIntro" : "choicesNoValid"),
        importValid: t("importValid", { count: report.rowCount - report.rejected }),
        importing: t("importing"),
        download: t("downloadRejected"),
        downloading: t("downloadingRejected"),
        nothing: t("importNothing"),
      }}
    />
  );
}
