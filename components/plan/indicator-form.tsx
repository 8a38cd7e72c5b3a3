"use client";
import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { saveIndicator } from "@/lib/plan/actions/measure";
import { indicatorSchema } from "@/lib/plan/schema";
import type { z } from "@/lib/validation";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { IndicatorSourceOptions } from "@/lib/indicators/queries";
import { IndicatorSourceFields } from "./indicator-source-fields";

type Values = z.input<typeof indicatorSchema>;

/** Adds an indicator to a measure, or edits one (with its optional yearly targets). */
export function IndicatorForm({
  measureId,
  initial,
  options,
  year,
}: {
  measureId: string;
  initial?: Values;
  options: IndicatorSourceOptions;
  /** The current year by the server's clock (lib/clock): the default baseline year and year of a new target. */
  year: number;
}) {
  const t = useTranslations("measure");
  const key = initial?.id ?? "new";
  const defaults: Values = initial ?? {
    measureId,
    name: "",
    unit: "",
    direction: "HIGHER_IS_BETTER",
    baselineValue: "",
    baselineYear: year,
    targetValue: "",
    targetDate: "",
    yearlyTargets: [],
    weight: 1,
    source: "MANUAL",
    sourceTypeIds: [],
  };
  const { form, onSubmit, message, success } = useActionForm(indicatorSchema, {
    defaultValues: defaults,
    send: saveIndicator,
    onSuccess: () => {
      if (!initial) form.reset(defaults);
    },
  });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const years = useFieldArray({ control, name: "yearlyTargets" });
  const id = (field: string) => `ind-${key}-${field}`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-labelledby={id("heading")}>
      <h3 id={id("heading")} className="font-semibold">
        {initial ? t("editIndicator") : t("addIndicator")}
      </h3>
      <FormMessage message={message} success={success} />
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <Field id={id("name")} label={t("indicator")} error={errors.name}>
            {(aria) => <input {...aria} className={inputClass} {...register("name")} />}
          </Field>
        </div>
        <Field id={id("unit")} label={t("unit")} error={errors.unit}>
          {(aria) => <input {...aria} className={inputClass} {...register("unit")} />}
        </Field>
        <Field id={id("direction")} label={t("direction")} error={errors.direction}>
          {(aria) => (
            <select {...aria} className={inputClass} {...register("direction")}>
              <option value="HIGHER_IS_BETTER">{t("directionValue.HIGHER_IS_BETTER")}</option>
              <option value="LOWER_IS_BETTER">{t("directionValue.LOWER_IS_BETTER")}</option>
            </select>
          )}
        </Field>
        <Field id={id("baseline")} label={t("baseline")} error={errors.baselineValue}>
          {(aria) => <input inputMode="decimal" {...aria} className={inputClass} {...register("baselineValue")} />}
        </Field>
        <Field id={id("baseline-year")} label={t("baselineYear")} error={errors.baselineYear}>
          {(aria) => <input inputMode="numeric" {...aria} className={inputClass} {...register("baselineYear")} />}
        </Field>
        <Field id={id("target")} label={t("target")} error={errors.targetValue}>
          {(aria) => <input inputMode="decimal" {...aria} className={inputClass} {...register("targetValue")} />}
        </Field>
        <Field id={id("target-date")} label={t("targetDate")} error={errors.targetDate}>
          {(aria) => <input type="date" {...aria} className={inputClass} {...register("targetDate")} />}
        </Field>
        <Field id={id("weight")} label={t("weight")} error={errors.weight}>
          {(aria) => <input inputMode="decimal" {...aria} className={inputClass} {...register("weight")} />}
        </Field>
      </div>
      <IndicatorSourceFields form={form} options={options} id={id} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("yearlyTargets")}</legend>
        {years.fields.map((row, i) => (
          <div key={row.id} className="flex items-end gap-2">
            <Field id={id(`year-${i}`)} label={t("year")} error={errors.yearlyTargets?.[i]?.year}>
              {(aria) => (
                <input
                  inputMode="numeric"
                  {...aria}
                  className={`${inputClass} w-24`}
                  {...register(`yearlyTargets.${i}.year`)}
                />
              )}
            </Field>
            <Field id={id(`year-value-${i}`)} label={t("value")} error={errors.yearlyTargets?.[i]?.value}>
              {(aria) => (
                <input
                  inputMode="decimal"
                  {...aria}
                  className={`${inputClass} w-32`}
                  {...register(`yearlyTargets.${i}.value`)}
                />
              )}
            </Field>
            <button type="button" className="btn-secondary mb-1 text-xs" onClick={() => years.remove(i)}>
              {t("removeYear")}
            </button>
          </div>
        ))}
        <button type="button" className="btn-secondary text-xs" onClick={() => years.append({ year, value: "" })}>
          {t("addYear")}
        </button>
      </fieldset>
      <button type="submit" className="btn-secondary" disabled={isSubmitting}>
        {t("saveIndicator")}
      </button>
    </form>
  );
}
