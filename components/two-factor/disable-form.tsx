"use client";
import { useTranslations } from "next-intl";
import { disableTwoFactor } from "@/lib/two-factor/actions";
import { disableSchema } from "@/lib/two-factor/schema";
import { FormMessage } from "@/components/ui/field";
import { OneTimeCodeField, PasswordField } from "@/components/ui/secret-fields";
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
      <OneTimeCodeField id="disable-code" label={t("code")} error={errors.code} input={register("code")} />
      <PasswordField
        id="disable-password"
        ns="twoFactor"
        label={t("password")}
        error={errors.password}
        autoComplete="current-password"
        input={register("password")}
      />
      <button type="submit" className="btn-secondary" disabled={isSubmitting}>
        {t("disable")}
      </button>
    </form>
  );
}
