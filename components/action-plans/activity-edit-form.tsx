"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { archiveActivity, updateActivity } from "@/lib/action-plans/actions";
import { updateActivitySchema, type UpdateActivityInput } from "@/lib/action-plans/schema";
import { MEASURE_STATUSES } from "@/lib/plan/status";
import type { MeasureStatus } from "@/lib/db/generated/sqlite/enums";
import { ActionPlanFieldError, FormStatus, useActionFailure } from "./form-feedback";

type Activity = { id: string; title: string; status: MeasureStatus; spent: string; planned: string };

/** Status and spending of one activity (any time); its planned budget and removal only while the plan is a draft. */
export function ActivityEditForm({ activity, draft }: { activity: Activity; draft: boolean }) {
  const t = useTranslations("actionPlans");
  const ts = useTranslations("status");
  const id = useId();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [archiving, startArchive] = useTransition();
  const { register, handleSubmit, setError, formState } = useForm<UpdateActivityInput>({
    resolver: zodResolver(updateActivitySchema),
    defaultValues: {
      activityId: activity.id,
      status: activity.status,
      spentBudget: activity.spent,
      ...(draft ? { plannedBudget: activity.planned } : {}),
    },
  });
  const failure = useActionFailure(setError);
  const { errors } = formState;

  const onSubmit = handleSubmit(async (values) => {
    const result = await updateActivity(values);
    if (!result.ok) return setOutcome(failure(result));
    setOutcome({ ok: true, message: t("update.saved") });
  });
  const archive = () =>
    startArchive(async () => {
      const result = await archiveActivity({ activityId: activity.id });
      if (!result.ok) return setOutcome(failure(result));
    });

  const input = "mt-0.5 block w-32 rounded-md border-gray-400 text-sm";
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset className="space-y-1">
        <legend className="sr-only">{t("update.legend", { title: activity.title })}</legend>
        <label htmlFor={`${id}-status`} className="block text-xs">
          {t("update.status")}
        </label>
        <select id={`${id}-status`} className={input} {...register("status")}>
          {MEASURE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-spent`} className="block text-xs">
          {t("update.spent")}
        </label>
        <input
          id={`${id}-spent`}
          inputMode="decimal"
          className={input}
          aria-invalid={!!errors.spentBudget}
          aria-describedby={`${id}-spent-error`}
          {...register("spentBudget")}
        />
        <ActionPlanFieldError id={`${id}-spent-error`} message={errors.spentBudget?.message} />
        {draft ? (
          <>
            <label htmlFor={`${id}-planned`} className="block text-xs">
              {t("update.planned")}
            </label>
            <input
              id={`${id}-planned`}
              inputMode="decimal"
              className={input}
              aria-invalid={!!errors.plannedBudget}
              aria-describedby={`${id}-planned-error`}
              {...register("plannedBudget")}
            />
            <ActionPlanFieldError id={`${id}-planned-error`} message={errors.plannedBudget?.message} />
          </>
        ) : null}
        <div className="flex gap-1 pt-1">
          <button type="submit" className="btn px-2 py-1 text-xs" disabled={formState.isSubmitting}>
            {t("update.save")}
          </button>
          {draft ? (
            <button
              type="button"
              className="btn-secondary px-2 py-1 text-xs"
              disabled={archiving}
              onClick={archive}
              aria-label={t("update.archiveLabel", { title: activity.title })}
            >
              {t("update.archive")}
            </button>
          ) : null}
        </div>
        <FormStatus outcome={outcome} />
      </fieldset>
    </form>
  );
}
