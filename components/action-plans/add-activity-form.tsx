"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { addActivity } from "@/lib/action-plans/actions";
import { addActivitySchema, type AddActivityInput } from "@/lib/action-plans/schema";
import { MEASURE_STATUSES } from "@/lib/plan/status";
import { ActionPlanFieldError, FormStatus, useActionFailure } from "./form-feedback";

type Props = {
  actionPlanId: string;
  measures: { id: string; label: string; responsible: string }[];
  organisations: { id: string; name: string }[];
};
type Field = Exclude<keyof AddActivityInput, "actionPlanId">;

/** A new activity of the draft action plan under one of the plan's measures. */
export function AddActivityForm({ actionPlanId, measures, organisations }: Props) {
  const t = useTranslations("actionPlans.add");
  const ts = useTranslations("status");
  const id = useId();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const empty: AddActivityInput = {
    actionPlanId,
    measureId: "",
    title: "",
    description: "",
    responsible: "",
    organisationId: "",
    plannedBudget: "",
    indicatorText: "",
    status: "NOT_STARTED",
  };
  const { register, handleSubmit, setError, setValue, getValues, reset, formState } = useForm<AddActivityInput>({
    resolver: zodResolver(addActivitySchema),
    defaultValues: empty,
  });
  const failure = useActionFailure(setError);
  const { errors } = formState;

  const onSubmit = handleSubmit(async (values) => {
    const result = await addActivity(values);
    if (!result.ok) return setOutcome(failure(result));
    reset(empty);
    setOutcome({ ok: true, message: t("added") });
  });
  // The measure's gestor is the likely responsible department: filled in when the field is still empty.
  const onMeasure = (measureId: string) => {
    const gestor = measures.find((m) => m.id === measureId)?.responsible;
    if (gestor && !getValues("responsible")) setValue("responsible", gestor);
  };

  const a11y = (field: Field) => ({
    id: `${id}-${field}`,
    "aria-invalid": !!errors[field],
    "aria-describedby": `${id}-${field}-error`,
  });
  const label = (field: Field, text: string) => (
    <label htmlFor={`${id}-${field}`} className="block text-sm font-medium">
      {text}
    </label>
  );
  const error = (field: Field) => <ActionPlanFieldError id={`${id}-${field}-error`} message={errors[field]?.message} />;
  const input = "mt-1 block w-full rounded-md border-gray-400";

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-2">
      <div className="md:col-span-2">
        {label("measureId", t("measure"))}
        <select
          className={input}
          {...a11y("measureId")}
          {...register("measureId", { onChange: (e) => onMeasure(e.target.value) })}
        >
          <option value="">{t("chooseMeasure")}</option>
          {measures.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
        {error("measureId")}
      </div>
      <div className="md:col-span-2">
        {label("title", t("title"))}
        <input className={input} {...a11y("title")} {...register("title")} />
        {error("title")}
      </div>
      <div className="md:col-span-2">
        {label("description", t("description"))}
        <textarea rows={2} className={input} {...a11y("description")} {...register("description")} />
        {error("description")}
      </div>
      <div>
        {label("responsible", t("responsible"))}
        <input className={input} {...a11y("responsible")} {...register("responsible")} />
        {error("responsible")}
      </div>
      <div>
        {label("organisationId", t("organisation"))}
        <select className={input} {...a11y("organisationId")} {...register("organisationId")}>
          <option value="">{t("noOrganisation")}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        {error("organisationId")}
      </div>
      <div>
        {label("plannedBudget", t("plannedBudget"))}
        <input inputMode="decimal" className={input} {...a11y("plannedBudget")} {...register("plannedBudget")} />
        {error("plannedBudget")}
      </div>
      <div>
        {label("status", t("status"))}
        <select className={input} {...a11y("status")} {...register("status")}>
          {MEASURE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </select>
        {error("status")}
      </div>
      <div className="md:col-span-2">
        {label("indicatorText", t("indicator"))}
        <input className={input} {...a11y("indicatorText")} {...register("indicatorText")} />
        {error("indicatorText")}
      </div>
      <div className="md:col-span-2">
        <button type="submit" className="btn" disabled={formState.isSubmitting}>
          {t("submit")}
        </button>
        <FormStatus outcome={outcome} />
      </div>
    </form>
  );
}
