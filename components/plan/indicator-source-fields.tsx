"use client";
// The source part of the indicator form: the fields of the chosen source only.
import { useLocale, useTranslations } from "next-intl";
import type { FieldErrors, UseFormReturn } from "react-hook-form";
import type { IndicatorSourceOptions } from "@/lib/indicators/queries";
import { CARE_FIGURES, CARE_KINDS, INDICATOR_SOURCES } from "@/lib/indicators/source";
import type { indicatorSchema } from "@/lib/plan/schema";
import type { z } from "@/lib/validation";
import { Field, inputClass } from "@/components/ui/field";

type Values = z.input<typeof indicatorSchema>;

export function IndicatorSourceFields({
  form,
  options,
  id,
}: {
  form: UseFormReturn<Values, unknown, z.output<typeof indicatorSchema>>;
  options: IndicatorSourceOptions;
  id: (field: string) => string;
}) {
  const t = useTranslations("measure");
  const locale = useLocale();
  const { register, watch } = form;
  const errors: FieldErrors<Values> = form.formState.errors;
  const source = watch("source") ?? "MANUAL";
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <Field id={id("source")} label={t("sourceLabel")} error={errors.source}>
        {(aria) => (
          <select {...aria} className={inputClass} {...register("source")}>
            {INDICATOR_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`sourceValue.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {source === "PROGRAMME" ? (
        <>
          <Field id={id("programme")} label={t("sourceProgramme")} error={errors.sourceProgrammeId}>
            {(aria) => (
              <select {...aria} className={inputClass} {...register("sourceProgrammeId")}>
                <option value="">—</option>
                {options.programmes.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.active ? p.name : `${p.name} (${t("sourceArchived")})`}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={id("place")} label={t("sourcePlace")} error={errors.sourcePlaceId}>
            {(aria) => (
              <select {...aria} className={inputClass} {...register("sourcePlaceId")}>
                <option value="">{t("sourcePlaceAll")}</option>
                {options.places.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <fieldset className="sm:col-span-3" aria-describedby={id("types-hint")}>
            <legend className="text-sm font-medium">{t("sourceTypes")}</legend>
            <p id={id("types-hint")} className="text-xs text-gray-700">
              {t("sourceTypesHint")}
            </p>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {options.eventTypes.map((type) => (
                <label key={type.id} className="inline-flex min-h-6 items-center gap-1 text-sm">
                  <input type="checkbox" value={type.id} {...register("sourceTypeIds")} />
                  {locale === "en" ? type.nameEn : type.nameCs}
                </label>
              ))}
            </div>
          </fieldset>
        </>
      ) : null}
      {source === "CARE_STATISTICS" ? (
        <>
          <Field id={id("care-figure")} label={t("sourceCareFigure")} error={errors.sourceCareFigure}>
            {(aria) => (
              <select {...aria} className={inputClass} {...register("sourceCareFigure")}>
                <option value="">—</option>
                {CARE_FIGURES.map((f) => (
                  <option key={f} value={f}>
                    {t(`careFigure.${f}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={id("care-kind")} label={t("sourceCareKind")} error={errors.sourceCareKind}>
            {(aria) => (
              <select {...aria} className={inputClass} {...register("sourceCareKind")}>
                <option value="">{t("sourceCareKindAll")}</option>
                {CARE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`careKind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      ) : null}
      {source !== "MANUAL" ? <p className="text-sm text-gray-700 sm:col-span-3">{t("computedNoTyping")}</p> : null}
    </div>
  );
}
