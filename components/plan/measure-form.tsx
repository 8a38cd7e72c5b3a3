"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Controller } from "react-hook-form";
import { saveMeasure } from "@/lib/plan/actions/measure";
import { measureSchema, type MeasureInput } from "@/lib/plan/schema";
import { MEASURE_STATUSES } from "@/lib/plan/status";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { OrganisationPicker } from "@/components/ui/organisation-picker";

type Props = { initial: MeasureInput; goalName: string; organisations: { id: string; name: string }[] };

/** Creates or edits a measure; a save over someone else's newer edit is refused and the form shows their values. */
export function MeasureForm({ initial, goalName, organisations }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, message, success, details } = useActionForm(measureSchema, {
    defaultValues: initial,
    send: saveMeasure,
    onSuccess: (saved) => router.push(`/strategicky-plan/opatreni/${saved.id}`),
  });
  const {
    register,
    formState: { errors, isSubmitting },
    reset,
  } = form;
  const stale = details?.current as MeasureInput | undefined;
  const f = (key: string) => t(`measureForm.${key}`);
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">
        {initial.id ? t("measureForm.titleEdit", { code: initial.code }) : f("titleNew")}
      </h1>
      <p className="text-sm text-gray-700">
        {f("goal")}: {goalName}
      </p>
      {stale ? (
        <div role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-semibold">{f("staleTitle")}</p>
          <p>{f("staleText")}</p>
          <button type="button" className="btn-secondary mt-2" onClick={() => reset(stale)}>
            {t("errors.staleReload")}
          </button>
        </div>
      ) : (
        <FormMessage message={message} success={success} />
      )}
      <div className="grid gap-4 sm:grid-cols-4">
        <Field
          id="code"
          label={f("code")}
          hint={t("measureForm.codeHint", { example: `${initial.code.split(".").slice(0, 2).join(".")}.1` })}
          error={errors.code}
        >
          {(aria) => <input {...aria} className={inputClass} {...register("code")} />}
        </Field>
        <div className="sm:col-span-3">
          <Field id="title" label={f("title")} error={errors.title}>
            {(aria) => <input {...aria} className={inputClass} {...register("title")} />}
          </Field>
        </div>
      </div>
      <Field id="description" label={f("description")} error={errors.description}>
        {(aria) => <textarea {...aria} rows={3} className={inputClass} {...register("description")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="responsibleBody" label={f("responsibleBody")} error={errors.responsibleBody}>
          {(aria) => <input {...aria} className={inputClass} {...register("responsibleBody")} />}
        </Field>
        <Field id="responsibleOrgId" label={f("responsibleOrg")} error={errors.responsibleOrgId}>
          {(aria) => (
            <select {...aria} className={inputClass} {...register("responsibleOrgId")}>
              <option value="">{f("none")}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Controller
        control={form.control}
        name="partnerIds"
        render={({ field }) => (
          <OrganisationPicker
            label={f("partners")}
            organisations={organisations}
            value={field.value ?? []}
            onChange={field.onChange}
          />
        )}
      />
      <div className="grid gap-4 sm:grid-cols-4">
        <Field id="startDate" label={f("startDate")} error={errors.startDate}>
          {(aria) => <input type="date" {...aria} className={inputClass} {...register("startDate")} />}
        </Field>
        <Field id="deadline" label={f("deadline")} error={errors.deadline}>
          {(aria) => <input type="date" {...aria} className={inputClass} {...register("deadline")} />}
        </Field>
        <Field id="plannedBudget" label={f("plannedBudget")} error={errors.plannedBudget}>
          {(aria) => <input inputMode="decimal" {...aria} className={inputClass} {...register("plannedBudget")} />}
        </Field>
        <Field id="spentBudget" label={f("spentBudget")} error={errors.spentBudget}>
          {(aria) => <input inputMode="decimal" {...aria} className={inputClass} {...register("spentBudget")} />}
        </Field>
      </div>
      <Field id="fundingSources" label={f("fundingSources")} error={errors.fundingSources}>
        {(aria) => <input {...aria} className={inputClass} {...register("fundingSources")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="status" label={f("status")} error={errors.status}>
          {(aria) => (
            <select {...aria} className={inputClass} {...register("status")}>
              {MEASURE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="progressPercent"
          label={f("progressPercent")}
          hint={f("progressHint")}
          error={errors.progressPercent}
        >
          {(aria) => <input inputMode="numeric" {...aria} className={inputClass} {...register("progressPercent")} />}
        </Field>
        <Field id="weight" label={f("weight")} error={errors.weight}>
          {(aria) => <input inputMode="decimal" {...aria} className={inputClass} {...register("weight")} />}
        </Field>
      </div>
      <Field id="statusReason" label={f("statusReason")} error={errors.statusReason}>
        {(aria) => <textarea {...aria} rows={2} className={inputClass} {...register("statusReason")} />}
      </Field>
      <button type="submit" className="btn" disabled={isSubmitting}>
        {isSubmitting ? f("saving") : f("save")}
      </button>
    </form>
  );
}
