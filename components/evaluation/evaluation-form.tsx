"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { saveEvaluation } from "@/lib/evaluation/actions";
import { saveEvaluationSchema, type EvaluationContent, type SaveEvaluationInput } from "@/lib/evaluation/schema";
import { FieldError } from "@/components/ui/field-error";
import { splitMessage } from "@/lib/validation/message";
import { FormMessage, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { CommentTableData } from "./comment-table";
import { EvaluationSections } from "./evaluation-sections";

type Props = {
  planId: string;
  year: number;
  base: { version: number; content: EvaluationContent };
  measures: CommentTableData[];
  programmes: CommentTableData | null;
};

const ids = (tables: (CommentTableData | null)[]) => tables.flatMap((table) => table?.rows.map((row) => row.id) ?? []);
const filled = (keys: string[], comments: Record<string, string>) =>
  Object.fromEntries(keys.map((id) => [id, comments[id] ?? ""]));

/** A comment's error: this module's own keys (evaluation.errors.*) first, then the shared ones. */
function CommentError({ id, message }: { id: string; message?: string }) {
  const t = useTranslations("evaluation.errors");
  const key = splitMessage(message ?? "").key;
  return message && t.has(key) ? (
    <p id={id} className="field-error" aria-live="polite">
      {t(key)}
    </p>
  ) : (
    <FieldError id={id} message={message} />
  );
}

/** The coordinator's editor: every save is a new version; a save based on an older version is refused. */
export function EvaluationForm({ planId, year, base, measures, programmes }: Props) {
  const t = useTranslations("evaluation");
  const router = useRouter();
  const [saved, setSaved] = useState<number | null>(null);
  const valuesOf = (version: number, content: EvaluationContent): SaveEvaluationInput => ({
    planId,
    year,
    baseVersion: version,
    summary: content.summary,
    measures: filled(ids(measures), content.measures),
    programmes: filled(ids([programmes]), content.programmes),
  });
  const { form, onSubmit, message, details, setMessage } = useActionForm(saveEvaluationSchema, {
    defaultValues: valuesOf(base.version, base.content),
    send: (values) => {
      setSaved(null);
      return saveEvaluation(values);
    },
    onSuccess: ({ version }) => {
      form.reset({ ...form.getValues(), baseVersion: version });
      setSaved(version);
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
    watch,
    reset,
  } = form;
  const stale =
    message !== null && typeof details?.version === "number"
      ? (details as { version: number; current: EvaluationContent | null })
      : null;
  const loadLatest = () => {
    if (!stale) return;
    reset(valuesOf(stale.version, stale.current ?? { summary: "", measures: {}, programmes: {} }));
    setMessage(null);
    // The save was refused (someone saved a newer version), so nothing was revalidated: fetch the page's fresh data.
    router.refresh();
  };
  const fieldError = (path: string) =>
    (errors as Record<string, Record<string, { message?: string }> | undefined>)[path.split(".")[0]]?.[
      path.split(".")[1]
    ];
  const baseVersion = Number(watch("baseVersion"));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <EvaluationSections
        year={year}
        measures={measures}
        programmes={programmes}
        summary={
          <>
            <label htmlFor="summary" className="sr-only">
              {t("summaryLabel")}
            </label>
            <textarea
              id="summary"
              rows={6}
              className={inputClass}
              aria-describedby="summary-error"
              aria-invalid={!!errors.summary}
              {...register("summary")}
            />
            <FieldError id="summary-error" message={errors.summary?.message} />
          </>
        }
        comment={(kind, row) => {
          const id = `${kind}-${row.id}`;
          const error = fieldError(`${kind}.${row.id}`);
          return (
            <>
              <label htmlFor={id} className="sr-only">
                {row.commentLabel}
              </label>
              <textarea
                id={id}
                rows={3}
                className={inputClass}
                aria-describedby={`${id}-error`}
                aria-invalid={!!error}
                {...register(`${kind}.${row.id}`)}
              />
              <CommentError id={`${id}-error`} message={error?.message} />
            </>
          );
        }}
      />
      <div className="card sticky bottom-0 space-y-2 py-3">
        {stale ? (
          <div role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
            <p className="font-semibold">{t("staleTitle", { version: stale.version })}</p>
            <p>{t("staleText")}</p>
            <button type="button" className="btn-secondary mt-2" onClick={loadLatest}>
              {t("staleLoad")}
            </button>
          </div>
        ) : (
          <FormMessage message={message} />
        )}
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="btn" disabled={isSubmitting}>
            {isSubmitting ? t("saving") : t("save")}
          </button>
          <p className="text-sm text-gray-700">
            {baseVersion ? t("basedOn", { version: baseVersion }) : t("basedOnNone")}
          </p>
          <p role="status" className="text-sm text-green-900">
            {saved ? t("saved", { version: saved }) : null}
          </p>
        </div>
      </div>
    </form>
  );
}
