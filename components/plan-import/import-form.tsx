"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { z } from "@/lib/validation";
import { applyPlanImport, previewPlanImport, rejectedPlanImportRows } from "@/lib/plan-import/actions";
import { MAX_IMPORT_BYTES, MAX_ROWS } from "@/lib/plan-import/limits";
import type { ImportReport } from "@/lib/plan-import/types";
import { saveReturnedXlsx } from "@/lib/spreadsheet/save-file";
import { DownloadLinks, ImportFileField } from "@/components/import/import-file-field";
import { ImportResult, type Pending } from "./import-result";

const schema = z.object({
  planId: z.string().min(1),
  files: z
    .custom<FileList>((v) => typeof FileList !== "undefined" && v instanceof FileList && v.length === 1, {
      error: "fileMissing",
    })
    .refine((files) => files[0].size > 0, { error: "fileEmpty" })
    .refine((files) => files[0].size <= MAX_IMPORT_BYTES, { error: "fileTooLarge" }),
});
type Values = z.infer<typeof schema>;
type Plan = { id: string; label: string };
type Checked = { planId: string; file: File; report: ImportReport };

const formOf = (planId: string, file: File, sha256?: string, mode?: "all" | "valid") => {
  const form = new FormData();
  form.set("payload", JSON.stringify({ planId, sha256, mode }));
  form.set("file", file);
  return form;
};

/** Choose a plan and a file → the server checks it (nothing written) → the user confirms → the import runs; with
 * rows in error: import the valid rows, download the rejected ones, or import nothing. */
export function ImportForm({ plans, planId }: { plans: Plan[]; planId: string }) {
  const t = useTranslations("planImport");
  const tErrors = useTranslations("errors");
  const tRuns = useTranslations("importRuns");
  const [checked, setChecked] = useState<Checked | null>(null);
  const [done, setDone] = useState<{ planId: string; report: ImportReport } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [nothing, setNothing] = useState(false);
  const [doing, setDoing] = useState<Pending>(null);
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, control, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { planId },
  });
  const selectedPlan = useWatch({ control, name: "planId" });
  const fileError = formState.errors.files?.message;
  const max = MAX_IMPORT_BYTES / 1024 / 1024;

  /** A short announcement for screen readers; the tables below are read on demand. */
  const summaryOf = (report: ImportReport) =>
    report.issues.length > 0
      ? t("issuesTitle", { count: report.issues.length + report.moreIssues })
      : report.changes.length > 0
        ? t("ready")
        : t("nothingToChange");

  /** `broken`: what to say when the server does not answer (for the apply step, see the list of recent imports). */
  const run = (action: () => Promise<void>, broken = tErrors("unexpected")) =>
    startTransition(async () => {
      setFailure(null);
      setDone(null);
      setNothing(false);
      try {
        await action();
      } catch {
        setFailure(broken);
      }
    });

  const onCheck = handleSubmit(({ planId: chosen, files }) =>
    run(async () => {
      setChecked(null);
      setDoing(null);
      const result = await previewPlanImport(formOf(chosen, files[0]));
      if (!result.ok) return setFailure(tErrors(result.error));
      setChecked({ planId: chosen, file: files[0], report: result.data });
    }),
  );

  const onConfirm = (mode: "all" | "valid") => {
    setDoing("import");
    run(async () => {
      if (!checked) return;
      const result = await applyPlanImport(formOf(checked.planId, checked.file, checked.report.sha256, mode));
      if (!result.ok) return setFailure(tErrors(result.error));
      if (!result.data.applied) return setChecked({ ...checked, report: result.data });
      setChecked(null);
      setDone({ planId: checked.planId, report: result.data });
    }, tRuns("applyBroken"));
  };

  const onDownload = () => {
    if (!checked) return;
    setDoing("download");
    startTransition(async () => {
      setFailure(null);
      const error = await saveReturnedXlsx(() => rejectedPlanImportRows(formOf(checked.planId, checked.file)));
      if (error) setFailure(tErrors(error));
    });
  };

  const onNothing = () => {
    setChecked(null);
    setNothing(true);
  };

  return (
    <div className="space-y-6">
      <form onSubmit={onCheck} noValidate className="card space-y-4">
        <div>
          <label htmlFor="import-plan" className="block text-sm font-medium">
            {t("plan")}
          </label>
          <select
            id="import-plan"
            className="mt-1 block w-full max-w-3xl rounded-md border-gray-400"
            {...register("planId", { onChange: () => setChecked(null) })}
          >
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
          <DownloadLinks
            className="mt-2 text-sm text-gray-700"
            label={t("download")}
            href={(format) => `/api/export/plan/${selectedPlan}?format=${format}`}
            xlsx={t("downloadXlsx")}
            csv={t("downloadCsv")}
          />
        </div>
        <ImportFileField
          id="import-file"
          label={t("file")}
          hint={t("fileHint", { max, rows: MAX_ROWS })}
          error={
            fileError
              ? t(`issues.${fileError === "fileEmpty" || fileError === "fileTooLarge" ? fileError : "fileMissing"}`, {
                  max,
                })
              : null
          }
          {...register("files", { onChange: () => setChecked(null) })}
        />
        <button type="submit" className="btn" disabled={pending}>
          {pending && !checked ? t("checking") : t("check")}
        </button>
      </form>
      <div aria-live="polite" className="space-y-4">
        {failure ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
            {failure}
          </p>
        ) : null}
        {done ? (
          <p className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
            {t("done", { created: done.report.counts.measures.create, updated: done.report.counts.measures.update })}{" "}
            {done.report.rejected > 0 ? `${t("doneRejected", { count: done.report.rejected })} ` : null}
            <a className="underline" href={`/strategicky-plan?plan=${done.planId}`}>
              {t("showPlan")}
            </a>
          </p>
        ) : null}
        {nothing ? (
          <p className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">{t("importedNothing")}</p>
        ) : null}
        <p className="sr-only">{checked ? summaryOf(checked.report) : null}</p>
      </div>
      {checked ? (
        <ImportResult
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
