"use client";
import { useTranslations } from "next-intl";
import { useEffect, useMemo } from "react";
import { useWatch } from "react-hook-form";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { SaveBar, useSavedNotice } from "@/components/ui/save-bar";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveCareFigures } from "@/lib/care-stats/actions";
import { careFormValues } from "@/lib/care-stats/form-values";
import type { CareRow } from "@/lib/care-stats/queries";
import { CARE_KINDS, CHILDREN_FIELDS, careFiguresSchemaUntil, KIND_FIELDS } from "@/lib/care-stats/schema";

/** Records a year's (quarter 0) or a quarter's figures; choosing a recorded period loads its figures for editing. */
/** `thisYear`: the current year by the server's clock (lib/clock), the last year the form takes. */
export function CareForm({ rows, year, thisYear }: { rows: CareRow[]; year: number; thisYear: number }) {
  const t = useTranslations("careStats");
  const { saved, setSaved, send } = useSavedNotice(saveCareFigures);
  const schema = useMemo(() => careFiguresSchemaUntil(() => thisYear), [thisYear]);
  const { form, onSubmit, message } = useActionForm(schema, {
    defaultValues: careFormValues(year, 0, rows),
    send,
    onSuccess: () => {
      setSaved(true);
    },
  });
  const {
    register,
    control,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  const [chosenYear, chosenQuarter] = useWatch({ control, name: ["year", "quarter"] });
  useEffect(() => {
    const [y, q] = [Number(chosenYear), Number(chosenQuarter)];
    if (Number.isInteger(y) && y >= 2000 && y <= 2100) reset(careFormValues(y, q, rows), { keepDefaultValues: true });
  }, [chosenYear, chosenQuarter, rows, reset]);
  const field = { ns: "careStats" as const };
  const recorded = rows.some((r) => r.year === Number(chosenYear) && r.quarter === Number(chosenQuarter));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <div className="grid max-w-md gap-4 sm:grid-cols-2">
        <Field {...field} id="year" label={t("year")} error={errors.year}>
          {(aria) => <input inputMode="numeric" {...aria} className={inputClass} {...register("year")} />}
        </Field>
        <Field {...field} id="quarter" label={t("quarter")} error={errors.quarter}>
          {(aria) => (
            <select {...aria} className={inputClass} {...register("quarter")}>
              {[0, 1, 2, 3, 4].map((q) => (
                <option key={q} value={String(q)}>
                  {q ? t("quarterN", { quarter: q }) : t("wholeYear")}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <p className="text-sm text-gray-700" aria-live="polite">
        {recorded ? t("editingRecorded") : t("newPeriod")}
      </p>
      <div className="grid gap-4 lg:grid-cols-4">
        {CARE_KINDS.map((kind) => (
          <fieldset key={kind} className="space-y-2 rounded-md border border-gray-300 p-3">
            <legend className="px-1 text-sm font-semibold">{t(`kind.${kind}`)}</legend>
            {KIND_FIELDS.map((f) => (
              <Field key={f} {...field} id={`${kind}-${f}`} label={t(`field.${f}`)} error={errors[kind]?.[f]}>
                {(aria) => <input inputMode="numeric" {...aria} className={inputClass} {...register(`${kind}.${f}`)} />}
              </Field>
            ))}
          </fieldset>
        ))}
        <fieldset className="space-y-2 rounded-md border border-gray-300 p-3">
          <legend className="px-1 text-sm font-semibold">{t("children")}</legend>
          {CHILDREN_FIELDS.map((f) => (
            <Field key={f} {...field} id={f} label={t(`field.${f}`)} error={errors[f]}>
              {(aria) => <input inputMode="numeric" {...aria} className={inputClass} {...register(f)} />}
            </Field>
          ))}
        </fieldset>
      </div>
      <SaveBar submitting={isSubmitting} saved={saved} t={t} />
    </form>
  );
}
