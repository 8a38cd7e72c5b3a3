"use client";
// The yearly sub-targets: one row per calendar year of the period (rows follow the period's dates), a "spread
// evenly" button and the running sum against the total target.
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { parseCalendarDate } from "@/lib/format";
import { MAX_YEARS, type ProgrammeInput } from "@/lib/programmes/schema";
import { spreadEvenly, sumOf, yearsBetween } from "@/lib/programmes/targets";
import { rowErrorsOf, TargetInput, TargetLabel } from "./target-input";

type Form = UseFormReturn<ProgrammeInput>;
const toNumber = (v: unknown) =>
  v === "" || v === undefined || v === null || Number.isNaN(Number(v)) ? undefined : Number(v);

function periodYearsOf(start: unknown, end: unknown): number[] | null {
  const [from, to] = [parseCalendarDate(String(start ?? "")), parseCalendarDate(String(end ?? ""))];
  if (!from || !to || to < from) return null;
  const years = yearsBetween(from.getUTCFullYear(), to.getUTCFullYear());
  return years.length <= MAX_YEARS ? years : null;
}

export function YearTargetsFields({ form }: { form: Form }) {
  const t = useTranslations("programmes.form");
  const {
    control,
    register,
    setValue,
    formState: { errors },
  } = form;
  const { fields, replace } = useFieldArray({ control, name: "yearTargets" });
  const [start, end, total, rows] = useWatch({
    control,
    name: ["periodStart", "periodEnd", "totalTarget", "yearTargets"],
  });
  const years = periodYearsOf(start, end);

  useEffect(() => {
    if (!years) return;
    const current = form.getValues("yearTargets") ?? [];
    if (years.join() === current.map((r) => r.year).join()) return;
    replace(years.map((year) => ({ year, target: current.find((r) => Number(r.year) === year)?.target ?? "" })));
  }, [years?.join(), form, replace]); // eslint-disable-line react-hooks/exhaustive-deps

  const spread = () => {
    const totalTarget = toNumber(total);
    if (totalTarget === undefined) return;
    spreadEvenly(
      totalTarget,
      fields.map((f) => Number(f.year)),
    ).forEach((y, i) => setValue(`yearTargets.${i}.target`, String(y.target), { shouldDirty: true }));
  };
  const sum = sumOf((rows ?? []).map((r) => toNumber(r.target)));
  const rowErrors = rowErrorsOf(errors.yearTargets);

  return (
    <fieldset className="space-y-2" aria-describedby="yearTargets-hint yearTargets-error">
      <legend className="text-base font-semibold">{t("yearTargets")}</legend>
      <p id="yearTargets-hint" className="text-xs text-gray-700">
        {t("yearTargetsHint")}
      </p>
      <table className="table max-w-md">
        <tbody>
          {fields.map((f, i) => (
            <tr key={f.id}>
              <th scope="row" className="font-normal">
                <TargetLabel htmlFor={`yearTarget-${f.year}`} prefix={t("yearTargetPrefix")}>
                  {String(f.year)}
                </TargetLabel>
              </th>
              <td>
                <TargetInput
                  id={`yearTarget-${f.year}`}
                  width="max-w-28"
                  message={rowErrors?.[i]?.target?.message}
                  {...register(`yearTargets.${i}.target`)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p aria-live="polite" className="text-sm" data-testid="year-targets-sum">
        {t("sum", { sum, total: toNumber(total) ?? 0 })}
        {sum > 0 && sum !== toNumber(total) ? <span className="ml-1 font-semibold">{t("sumDiffers")}</span> : null}
      </p>
      <button type="button" className="btn-secondary" onClick={spread} disabled={!fields.length}>
        {t("spread")}
      </button>
      <FieldError
        id="yearTargets-error"
        message={(errors.yearTargets as { message?: string } | undefined)?.message ?? errors.yearTargets?.root?.message}
        ns="programmes"
      />
    </fieldset>
  );
}
