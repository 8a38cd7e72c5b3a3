"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { updateActionPlan } from "@/lib/action-plans/actions";
import { approveActionPlanSchema, type ApproveActionPlanInput } from "@/lib/action-plans/schema";
import { ActionPlanFieldError, FormStatus, useActionFailure } from "./form-feedback";

/** Records the Council's approval: the date and the resolution number (e.g. 3373/22/R52). */
export function ApproveForm({ actionPlanId }: { actionPlanId: string }) {
  const t = useTranslations("actionPlans.approve");
  const id = useId();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<ApproveActionPlanInput>({
    resolver: zodResolver(approveActionPlanSchema),
    defaultValues: { actionPlanId, state: "APPROVED", approvedOn: "", resolutionNo: "" },
  });
  const failure = useActionFailure(setError);
  const { errors } = formState;

  const onSubmit = handleSubmit(async (values) => {
    const result = await updateActionPlan(values);
    if (!result.ok) return setOutcome(failure(result));
    setOutcome({ ok: true, message: t("done") });
  });

  const input = "mt-1 block rounded-md border-gray-400";
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-4">
      <div>
        <label htmlFor={`${id}-date`} className="block text-sm font-medium">
          {t("approvedOn")}
        </label>
        <input
          id={`${id}-date`}
          type="date"
          className={input}
          aria-invalid={!!errors.approvedOn}
          aria-describedby={`${id}-date-error`}
          {...register("approvedOn")}
        />
        <ActionPlanFieldError id={`${id}-date-error`} message={errors.approvedOn?.message} />
      </div>
      <div>
        <label htmlFor={`${id}-resolution`} className="block text-sm font-medium">
          {t("resolutionNo")}
        </label>
        <input
          id={`${id}-resolution`}
          className={input}
          aria-invalid={!!errors.resolutionNo}
          aria-describedby={`${id}-resolution-hint ${id}-resolution-error`}
          {...register("resolutionNo")}
        />
        <p id={`${id}-resolution-hint`} className="mt-1 text-xs text-gray-700">
          {t("resolutionHint")}
        </p>
        <ActionPlanFieldError id={`${id}-resolution-error`} message={errors.resolutionNo?.message} />
      </div>
      <div className="pt-6">
        <button type="submit" className="btn" disabled={formState.isSubmitting}>
          {t("submit")}
        </button>
      </div>
      <div className="basis-full">
        <FormStatus outcome={outcome} />
      </div>
    </form>
  );
}
