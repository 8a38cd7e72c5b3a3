"use client";
import { signOutAndLeave } from "@/lib/auth/sign-out-client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { changePassword, signOutEverywhere } from "@/lib/users/actions";
import { changePasswordSchema } from "@/lib/users/schema";
import { FormMessage } from "@/components/ui/field";
import { NewPasswordFields, PasswordField } from "@/components/ui/secret-fields";
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
        <PasswordField
          id="current"
          label={t("current")}
          error={errors.current}
          autoComplete="current-password"
          input={register("current")}
        />
        <NewPasswordFields
          labels={{ password: t("new"), hint: t("newHint"), confirm: t("confirm") }}
          errors={errors}
          password={register("password")}
          confirm={register("confirm")}
        />
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
