"use client";
// Per-place targets: one optional number per place (the region, its districts, its ORPs); blank = no target.
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import type { ProgrammeInput } from "@/lib/programmes/schema";
import { rowErrorsOf, TargetInput, TargetLabel } from "./target-input";

type Place = { id: string; name: string; kind: "REGION" | "DISTRICT" | "ORP" };

export function PlaceTargetsFields({ form, places }: { form: UseFormReturn<ProgrammeInput>; places: Place[] }) {
  const t = useTranslations("programmes");
  const {
    register,
    formState: { errors },
  } = form;
  const rowErrors = rowErrorsOf(errors.placeTargets);
  // Most programmes have no place targets: the table stays folded until opened (or when targets exist).
  const hasTargets = (form.getValues("placeTargets") ?? []).some(
    (p) => p.target !== "" && p.target !== undefined && p.target !== null,
  );
  return (
    <details open={hasTargets || !!errors.placeTargets}>
      <summary className="cursor-pointer text-base font-semibold">{t("places")}</summary>
      <fieldset className="mt-2 space-y-2" aria-describedby="placeTargets-hint placeTargets-error">
        <legend className="sr-only">{t("places")}</legend>
        <p id="placeTargets-hint" className="text-xs text-gray-700">
          {t("form.placeTargetsHint")}
        </p>
        <table className="table max-w-xl">
          <thead>
            <tr>
              <th scope="col">{t("place")}</th>
              <th scope="col">{t("level")}</th>
              <th scope="col">{t("target")}</th>
            </tr>
          </thead>
          <tbody>
            {places.map((place, i) => (
              <tr key={place.id}>
                <th scope="row" className="font-normal">
                  <TargetLabel htmlFor={`placeTarget-${place.id}`} prefix={t("form.placeTargetPrefix")}>
                    {place.name}
                  </TargetLabel>
                  <input type="hidden" {...register(`placeTargets.${i}.placeId`)} />
                </th>
                <td>{t(`kind.${place.kind}`)}</td>
                <td>
                  <TargetInput
                    id={`placeTarget-${place.id}`}
                    width="max-w-24"
                    message={rowErrors?.[i]?.target?.message}
                    {...register(`placeTargets.${i}.target`)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <FieldError
          id="placeTargets-error"
          message={(errors.placeTargets as { message?: string } | undefined)?.message}
          ns="programmes"
        />
      </fieldset>
    </details>
  );
}
