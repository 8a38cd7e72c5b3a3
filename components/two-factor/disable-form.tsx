"use client";
import { useTranslations } from "next-intl";
import { disableTwoFactor } from "@/lib/two-factor/actions";
import { disableSchema } from "@/lib/two-factor/schema";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

export function DisableForm() {
  const t = useTranslations("twoFactor");
  const { form, onSubmit, message } = useActionForm(disableSchema, {
    defaultValues: { code: "", password: "" },
    send: disableTwoFactor,
    afterSave: "empty",
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-xl space-y-3" aria-labelledby="disable-heading">
      <h2 id="disable-heading" className="text-lg font-semibold">
        {t("disableTitle")}
      </h2>
      <p className="text-sm">{t("disableHint")}</p>
      <FormMessage message={message} />
      <Field id="disable-code" ns="twoFactor" label={t("code")} error={errors.code}>
        {(aria) => (
          <input
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={40}
            {...aria}
            className={`${inputClass} max-w-48 font-mono`}
            {...register("code")}
          />
        )}
      </Field>
      <Field id="disable-password" ns="twoFactor" label={t("password")} error={errors.password}>
        {(aria) => (
          <input
            type="password"
            autoComplete="current-password"
            {...aria}
            className={inputClass}
            {...register("password")}
          />
        )}
      </Field>
      <button type="submit" className="btn-secondary" disabled={isSubmitting}>
        {t("disable")}
      </button>
    </form>
  );
}
