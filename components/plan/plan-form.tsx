"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { savePlan } from "@/lib/plan/actions/structure";
import { planSchema } from "@/lib/plan/schema";
import type { z } from "@/lib/validation";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = { initial: z.input<typeof planSchema>; plans: { id: string; name: string }[] };

/** A plan period with its state; adoption needs the date, the body and the resolution number. */
export function PlanForm({ initial, plans }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, message, success } = useActionForm(planSchema, {
    defaultValues: initial,
    send: savePlan,
    onSuccess: (saved) => router.push(`/strategicky-plan?plan=${saved.id}`),
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const f = (key: string) => t(`planForm.${key}`);
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{initial.id ? f("titleEdit") : f("titleNew")}</h1>
      <FormMessage message={message} success={success} />
      <Field id="name" label={f("name")} error={errors.name}>
        {(aria) => <input {...aria} className={inputClass} {...register("name")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="yearFrom" label={f("yearFrom")} error={errors.yearFrom}>
          {(aria) => <input inputMode="numeric" {...aria} className={inputClass} {...register("yearFrom")} />}
        </Field>
        <Field id="yearTo" label={f("yearTo")} error={errors.yearTo}>
          {(aria) => <input inputMode="numeric" {...aria} className={inputClass} {...register("yearTo")} />}
        </Field>
        <Field id="state" label={f("state")} error={errors.state}>
          {(aria) => (
            <select {...aria} className={inputClass} {...register("state")}>
              {(["DRAFT", "ADOPTED", "ARCHIVED"] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`plan.state.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="adoptedOn" label={f("adoptedOn")} error={errors.adoptedOn}>
          {(aria) => <input type="date" {...aria} className={inputClass} {...register("adoptedOn")} />}
        </Field>
        <Field id="adoptedBy" label={f("adoptedBy")} error={errors.adoptedBy}>
          {(aria) => (
            <select {...aria} className={inputClass} {...register("adoptedBy")}>
              <option value="">{f("none")}</option>
              <option value="COUNCIL">{t("plan.body.COUNCIL")}</option>
              <option value="ASSEMBLY">{t("plan.body.ASSEMBLY")}</option>
            </select>
          )}
        </Field>
        <Field id="resolutionNo" label={f("resolutionNo")} error={errors.resolutionNo}>
          {(aria) => <input {...aria} className={inputClass} {...register("resolutionNo")} />}
        </Field>
      </div>
      <Field id="previousPlanId" label={f("previousPlan")} error={errors.previousPlanId}>
        {(aria) => (
          <select {...aria} className={inputClass} {...register("previousPlanId")}>
            <option value="">{f("none")}</option>
            {plans
              .filter((p) => p.id !== initial.id)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <button type="submit" className="btn" disabled={isSubmitting}>
        {isSubmitting ? f("saving") : f("save")}
      </button>
    </form>
  );
}
