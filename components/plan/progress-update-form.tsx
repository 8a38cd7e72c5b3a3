"use client";
import { useTranslations } from "next-intl";
import { postProgressUpdate } from "@/lib/plan/actions/progress";
import { progressUpdateSchema } from "@/lib/plan/schema";
import { MEASURE_STATUSES } from "@/lib/plan/status";
import { MAX_ATTACHMENT_BYTES } from "@/lib/files/limits";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { FileField } from "@/components/ui/file-field";
import { useActionForm } from "@/components/ui/use-action-form";

/** `today`: the Prague date from the server's clock (lib/clock), "YYYY-MM-DD", the default day of a new value. */
type Props = { measureId: string; indicators: { id: string; name: string; unit: string }[]; today: string };

/** Posts a progress update: text, optional new status and progress, new indicator values, one attachment. */
export function ProgressUpdateForm({ measureId, indicators, today }: Props) {
  const t = useTranslations();
  const { form, onSubmit, message, success, fileField } = useActionForm(progressUpdateSchema, {
    // Every field named, so that the reset after posting empties them all (a new update starts empty).
    defaultValues: {
      measureId,
      text: "",
      status: "" as const,
      progressPercent: "",
      statusReason: "",
      values: indicators.map((i) => ({ indicatorId: i.id, value: "", measuredOn: today, source: "", note: "" })),
    },
    afterSave: "empty",
    successMessage: t("measure.posted"),
    send: (values, files) => {
      const data = new FormData();
      data.set("payload", JSON.stringify({ ...values, attachments: undefined }));
      for (const file of files) data.append("attachments", file);
      return postProgressUpdate(data);
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const m = (key: string) => t(`measure.${key}`);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-labelledby="new-update-heading">
      <h3 id="new-update-heading" className="font-semibold">
        {m("newUpdate")}
      </h3>
      <FormMessage message={message} success={success} />
      <Field id="update-text" label={m("updateText")} error={errors.text}>
        {(aria) => <textarea {...aria} rows={4} className={inputClass} {...register("text")} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="update-status" label={m("newStatus")} error={errors.status}>
          {(aria) => (
            <select {...aria} className={inputClass} {...register("status")}>
              <option value="">{m("keepStatus")}</option>
              {MEASURE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="update-progress" label={m("newProgress")} error={errors.progressPercent}>
          {(aria) => <input inputMode="numeric" {...aria} className={inputClass} {...register("progressPercent")} />}
        </Field>
        <Field id="update-reason" label={t("measureForm.statusReason")} error={errors.statusReason}>
          {(aria) => <input {...aria} className={inputClass} {...register("statusReason")} />}
        </Field>
      </div>
      {indicators.length ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{m("newValues")}</legend>
          {indicators.map((indicator, i) => (
            <div key={indicator.id} className="grid gap-2 sm:grid-cols-4">
              <Field
                id={`value-${i}`}
                label={`${indicator.name} (${indicator.unit})`}
                error={errors.values?.[i]?.value}
              >
                {(aria) => (
                  <input inputMode="decimal" {...aria} className={inputClass} {...register(`values.${i}.value`)} />
                )}
              </Field>
              <Field id={`date-${i}`} label={m("date")} error={errors.values?.[i]?.measuredOn}>
                {(aria) => (
                  <input type="date" {...aria} className={inputClass} {...register(`values.${i}.measuredOn`)} />
                )}
              </Field>
              <Field id={`source-${i}`} label={m("source")} error={errors.values?.[i]?.source}>
                {(aria) => <input {...aria} className={inputClass} {...register(`values.${i}.source`)} />}
              </Field>
              <Field id={`note-${i}`} label={m("note")} error={errors.values?.[i]?.note}>
                {(aria) => <input {...aria} className={inputClass} {...register(`values.${i}.note`)} />}
              </Field>
            </div>
          ))}
        </fieldset>
      ) : null}
      <FileField
        id="update-attachment"
        label={m("attachment")}
        limits={{ maxBytes: MAX_ATTACHMENT_BYTES, maxFiles: 1 }}
        {...fileField}
      />
      <button type="submit" className="btn" disabled={isSubmitting}>
        {isSubmitting ? m("posting") : m("post")}
      </button>
    </form>
  );
}
