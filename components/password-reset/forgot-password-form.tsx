"use client";
import { useTranslations } from "next-intl";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { requestPasswordReset } from "@/lib/password-reset/actions";
import { forgotPasswordSchema } from "@/lib/password-reset/schema";

/** Asks for a reset link; the answer is the same neutral sentence whether or not the account exists. */
export function ForgotPasswordForm() {
  const t = useTranslations("passwordReset.forgot");
  const { form, onSubmit, message, success } = useActionForm(forgotPasswordSchema, {
    defaultValues: { email: "" },
    send: requestPasswordReset,
    afterSave: "empty",
    successMessage: t("sent"),
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} success={success} />
      <Field id="email" label={t("email")} error={errors.email}>
        {(aria) => (
          <input type="email" autoComplete="username" {...aria} className={inputClass} {...register("email")} />
        )}
      </Field>
      <button type="submit" className="btn w-full" disabled={isSubmitting}>
        {isSubmitting ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
