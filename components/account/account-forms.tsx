"use client";
import { signOutAndLeave } from "@/lib/auth/sign-out-client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { changePassword, signOutEverywhere } from "@/lib/users/actions";
import { changePasswordSchema } from "@/lib/users/schema";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

export function AccountForms() {
  const t = useTranslations("account");
  const [pending, start] = useTransition();
  const { form, onSubmit, message, success } = useActionForm(changePasswordSchema, {
    defaultValues: { current: "", password: "", confirm: "" },
    send: changePassword,
    onSuccess: () => signOutAndLeave("/prihlaseni"),
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="card max-w-xl space-y-4" aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-lg font-semibold">
          {t("changePassword")}
        </h2>
        <FormMessage message={message} success={success} />
        <Field id="current" label={t("current")} error={errors.current}>
          {(aria) => (
            <input
              type="password"
              autoComplete="current-password"
              {...aria}
              className={inputClass}
              {...register("current")}
            />
          )}
        </Field>
        <Field id="password" label={t("new")} hint={t("newHint")} error={errors.password}>
          {(aria) => (
            <input
              type="password"
              autoComplete="new-password"
              {...aria}
              className={inputClass}
              {...register("password")}
            />
          )}
        </Field>
        <Field id="confirm" label={t("confirm")} error={errors.confirm}>
          {(aria) => (
            <input
              type="password"
              autoComplete="new-password"
              {...aria}
              className={inputClass}
              {...register("confirm")}
            />
          )}
        </Field>
        <button type="submit" className="btn" disabled={isSubmitting}>
          {isSubmitting ? t("saving") : t("save")}
        </button>
      </form>
      <section className="card max-w-xl space-y-2" aria-labelledby="everywhere-heading">
        <h2 id="everywhere-heading" className="text-lg font-semibold">
          {t("signOutEverywhere")}
        </h2>
        <p className="text-sm">{t("signOutEverywhereText")}</p>
        <button
          type="button"
          className="btn-secondary"
          disabled={pending}
          onClick={() =>
            start(async () => {
              await signOutEverywhere({});
              await signOutAndLeave("/prihlaseni");
            })
          }
        >
          {t("signOutEverywhere")}
        </button>
      </section>
    </div>
  );
}
