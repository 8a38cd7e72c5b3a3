"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { saveEventType } from "@/lib/admin/event-types";
import { eventTypeSchema } from "@/lib/admin/schema";
import type { z } from "@/lib/validation";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

export function EventTypeForm({ initial }: { initial: z.input<typeof eventTypeSchema> }) {
  const t = useTranslations("admin");
  const router = useRouter();
  const { form, onSubmit, message, success } = useActionForm(eventTypeSchema, {
    defaultValues: initial,
    send: saveEventType,
    onSuccess: () => router.push("/sprava"),
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">{initial.isNew ? t("newEventType") : t("editEventType")}</h1>
      <FormMessage message={message} success={success} />
      <Field id="id" label={t("typeCode")} hint={t("typeCodeHint")} error={errors.id}>
        {(aria) => <input {...aria} readOnly={!initial.isNew} className={inputClass} {...register("id")} />}
      </Field>
      <Field id="nameCs" label={t("nameCs")} error={errors.nameCs}>
        {(aria) => <input {...aria} className={inputClass} {...register("nameCs")} />}
      </Field>
      <Field id="nameEn" label={t("nameEn")} error={errors.nameEn}>
        {(aria) => <input {...aria} className={inputClass} {...register("nameEn")} />}
      </Field>
      <Field id="sortOrder" label={t("sortOrder")} error={errors.sortOrder}>
        {(aria) => <input inputMode="numeric" {...aria} className={inputClass} {...register("sortOrder")} />}
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("active")} /> {t("active")}
      </label>
      <button type="submit" className="btn" disabled={isSubmitting}>
        {t("save")}
      </button>
    </form>
  );
}
