"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/errors";
import { applyEventImport, previewEventImport, rejectedEventImportRows } from "@/lib/event-import/actions";
import { formOf } from "@/lib/event-import/form-data";
import type { EventImportReport } from "@/lib/event-import/types";
import { MAX_IMPORT_BYTES, MAX_ROWS } from "@/lib/spreadsheet/limits";
import { saveReturnedXlsx } from "@/lib/spreadsheet/save-file";
import { DownloadLinks, ImportFileField } from "@/components/import/import-file-field";
import { FormMessage } from "@/components/ui/field";
import { EventImportResult, type Pending } from "./import-result";

type Organisation = { id: string; name: string };

/** The events list with the imported events: the organisation's ones awaiting confirmation. */
const listOf = (organisationId: string) =>
  `/nabor?${new URLSearchParams({ ...(organisationId ? { organizace: organisationId } : {}), stav: "SUBMITTED" })}`;
type Run = { file: File; organisationId: string; report: EventImportReport };

/** Choose the organisation (coordinator) and a file → the server checks it (nothing written) → confirm → import;
 * with rows in error: import the valid rows, download the rejected ones, or import nothing. */
export function EventImportForm({ organisations, own }: { organisations: Organisation[]; own: Organisation | null }) {
  const t = useTranslations("eventImport");
  const tErrors = useTranslations("errors");
  const tRuns = useTranslations("importRuns");
  const [organisationId, setOrganisationId] = useState(own?.id ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<"fileMissing" | "fileEmpty" | "fileTooLarge" | null>(null);
  const [checked, setChecked] = useState<Run | null>(null);
  const [done, setDone] = useState<Run | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [nothing, setNothing] = useState(false);
  const [doing, setDoing] = useState<Pending>(null);
  const [pending, startTransition] = useTransition();
  const max = MAX_IMPORT_BYTES / 1024 / 1024;
  const exportOf = (format: string) =>
    `/api/export/events?format=${format}${organisationId ? `&organizace=${organisationId}` : ""}`;

  /** Calls the server; the outcome is a report (shown) or an error message. */
  const send = (
    action: (data: FormData) => Promise<ActionResult<EventImportReport>>,
    run: Omit<Run, "report">,
    sha256: string | undefined,
    shown: (run: Run) => void,
    mode?: "all" | "valid",
  ) =>
    startTransition(async () => {
      setFailure(null);
      setDone(null);
      setNothing(false);
      try {
        const result = await action(formOf(run.file, run.organisationId, sha256, mode));
        if (result.ok) shown({ ...run, report: result.data });
        else setFailure(tErrors(result.error));
      } catch {
        // No answer to the apply step (the server went away): only the list of recent imports can tell how it ended.
        setFailure(action === applyEventImport ? tRuns("applyBroken") : tErrors("unexpected"));
      }
    });

  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    const problem = !file
      ? "fileMissing"
      : file.size === 0
        ? "fileEmpty"
        : file.size > MAX_IMPORT_BYTES
          ? "fileTooLarge"
          : null;
    setFileProblem(problem);
    setChecked(null);
    setDoing(null);
    if (file && !problem) send(previewEventImport, { file, organisationId }, undefined, setChecked);
  };

  const onConfirm = (mode: "all" | "valid") => {
    if (!checked) return;
    setDoing("import");
    send(
      applyEventImport,
      checked,
      checked.report.sha256,
      (run) => {
        if (!run.report.applied) return setChecked(run);
        setChecked(null);
        setDone(run);
      },
      mode,
    );
  };

  const onDownload = () => {
    if (!checked) return;
    setDoing("download");
    startTransition(async () => {
      setFailure(null);
      const error = await saveReturnedXlsx(() => rejectedEventImportRows(formOf(checked.file, checked.organisationId)));
      if (error) setFailure(tErrors(error));
    });
  };

  const onNothing = () => {
    setChecked(null);
    setNothing(true);
  };

  const changed = () => setChecked(null);
  return (
    <div className="space-y-6">
      <form onSubmit={onCheck} noValidate className="card space-y-4">
        {own ? (
          <p>{t("ownOrganisation", { name: own.name })}</p>
        ) : (
          <div>
            <label htmlFor="import-organisation" className="block text-sm font-medium">
              {t("organisation")}
            </label>
            <p id="import-organisation-hint" className="text-sm text-gray-700">
              {t("organisationHint")}
            </p>
            <select
              id="import-organisation"
              aria-describedby="import-organisation-hint"
              className="mt-1 block w-full max-w-xl rounded-md border-gray-400"
              value={organisationId}
              onChange={(e) => {
                setOrganisationId(e.target.value);
                changed();
              }}
            >
              <option value="">{t("chooseOrganisation")}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <DownloadLinks
          className="text-sm text-gray-700"
          label={t("download")}
          href={exportOf}
          xlsx={t("downloadXlsx")}
          csv={t("downloadCsv")}
        />
        <ImportFileField
          id="event-import-file"
          label={t("file")}
          hint={t("fileHint", { max, rows: MAX_ROWS })}
          error={fileProblem ? t(`issues.${fileProblem}`, { max }) : null}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setFileProblem(null);
            changed();
          }}
        />
        <button type="submit" className="btn" disabled={pending}>
          {pending && !checked ? t("checking") : t("check")}
        </button>
      </form>
      <FormMessage message={failure} />
      <p
        role="status"
        className={done || nothing ? "rounded-md border border-green-300 bg-green-50 p-3 text-green-900" : "sr-only"}
      >
        {done ? t("done", { created: done.report.counts.create, updated: done.report.counts.update }) : null}{" "}
        {done && done.report.rejected > 0 ? t("doneRejected", { count: done.report.rejected }) : null}{" "}
        {done ? (
          <a className="underline" href={listOf(done.organisationId)}>
            {t("showEvents")}
          </a>
        ) : null}
        {nothing ? t("importedNothing") : null}
      </p>
      {checked ? (
        <EventImportResult
          report={checked.report}
          pending={pending ? doing : null}
          onConfirm={onConfirm}
          onDownload={onDownload}
          onNothing={onNothing}
        />
      ) : null}
    </div>
  );
}
