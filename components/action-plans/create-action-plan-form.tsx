"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { createActionPlan } from "@/lib/action-plans/actions";
import { createActionPlanSchema, type CreateActionPlanInput } from "@/lib/action-plans/schema";
import { ActionPlanFieldError, FormStatus, useActionFailure } from "./form-feedback";

/** A new (draft) action plan for one of the plan's years that has none yet; opens it when created. */
export function CreateActionPlanForm({
  planId,
  years,
  planName,
}: {
  planId: string;
  years: number[];
  planName: string;
}) {
  const t = useTranslations("actionPlans");
  const router = useRouter();
  const id = useId();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<CreateActionPlanInput>({
    resolver: zodResolver(createActionPlanSchema),
    defaultValues: { planId, year: years[0] },
  });
  const failure = useActionFailure(setError);

  const onSubmit = handleSubmit(async (values) => {
    const result = await createActionPlan(values);
    if (!result.ok) return setOutcome(failure(result));
    setOutcome({ ok: true, message: t("create.created") });
    router.push(`/strategicky-plan/akcni-plany/${result.data.id}`);
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mt-4 flex flex-wrap items-end gap-3"
      aria-label={`${t("create.heading")} – ${planName}`}
    >
      <div>
        <label htmlFor={`${id}-year`} className="block text-sm font-medium">
          {t("year")}
        </label>
        <select
          id={`${id}-year`}
          className="mt-1 block rounded-md border-gray-400"
          aria-invalid={!!formState.errors.year}
          aria-describedby={`${id}-year-error`}
          {...register("year", { valueAsNumber: true })}
        >
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn" disabled={formState.isSubmitting}>
        {t("create.submit")}
      </button>
      <div className="basis-full">
        <ActionPlanFieldError id={`${id}-year-error`} message={formState.errors.year?.message} />
        <FormStatus outcome={outcome} />
      </div>
    </form>
  );
}
