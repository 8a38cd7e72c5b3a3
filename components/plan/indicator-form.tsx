"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { saveIndicator } from "@/lib/plan/actions/measure";
import { indicatorSchema } from "@/lib/plan/schema";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

/** Adds an indicator to a measure. */
export function IndicatorForm({ measureId }: { measureId: string }) {
  const t = useTranslations("measure");
  const router = useRouter();
  const defaults = { measureId, name: "", unit: "", direction: "HIGHER_IS_BETTER" as const, baselineYear: new Date().getFullYear(), targetDate: "" };
  const { form, onSubmit, message } = useActionForm(indicatorSchema, {
    defaultValues: defaults,
    send: saveIndicator,
    onSuccess: () => {
      form.reset(defaults);
      router.refresh();
    },
  });
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-labelledby="new-indicator-heading">
      <h3 id="new-indicator-heading" className="font-semibold">{t("addIndicator")}</h3>
      <FormMessage message={message} />
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <Field id="ind-name" label={t("indicator")} error={errors.name}>{(aria) => <input {...aria} className={inputClass} {...register("name")} />}</Field>
        </div>
        <Field id="ind-unit" label={t("unit")} error={errors.unit}>{(aria) => <input {...aria} className={inputClass} {...register("unit")} />}</Field>
        <Field id="ind-direction" label={t("direction")} error={errors.direction}>
          {(aria) => (
            <select {...aria} className={inputClass} {...register("direction")}>
              <option value="HIGHER_IS_BETTER">{t("directionValue.HIGHER_IS_BETTER")}</option>
              <option value="LOWER_IS_BETTER">{t("directionValue.LOWER_IS_BETTER")}</option>
            </select>
          )}
        </Field>
        <Field id="ind-baseline" label={t("baseline")} error={errors.baselineValue}>{(aria) => <input inputMode="decimal" {...aria} className={inputClass} {...register("baselineValue")} />}</Field>
        <Field id="ind-baseline-year" label={t("baselineYear")} error={errors.baselineYear}>{(aria) => <input inputMode="numeric" {...aria} className={inputClass} {...register("baselineYear")} />}</Field>
        <Field id="ind-target" label={t("target")} error={errors.targetValue}>{(aria) => <input inputMode="decimal" {...aria} className={inputClass} {...register("targetValue")} />}</Field>
        <Field id="ind-target-date" label={t("targetDate")} error={errors.targetDate}>{(aria) => <input type="date" {...aria} className={inputClass} {...register("targetDate")} />}</Field>
      </div>
      <button type="submit" className="btn-secondary" disabled={isSubmitting}>{t("saveIndicator")}</button>
    </form>
  );
}
