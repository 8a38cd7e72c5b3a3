"use client";
import { useTranslations } from "next-intl";
import { ROLES } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/sqlite/enums";
import { setTwoFactorPolicy } from "@/lib/two-factor/actions";
import { policySchema } from "@/lib/two-factor/schema";
import { FormMessage } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

export function PolicyFields({ roles }: { roles: Role[] }) {
  const t = useTranslations();
  const { form, onSubmit, message, success } = useActionForm(policySchema, {
    defaultValues: { roles },
    send: setTwoFactorPolicy,
  });
  const {
    register,
    formState: { isSubmitting },
  } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-2xl space-y-3" aria-labelledby="two-factor-policy">
      <h2 id="two-factor-policy" className="text-lg font-semibold">
        {t("twoFactor.policy.title")}
      </h2>
      <p className="text-sm text-gray-700">{t("twoFactor.policy.hint")}</p>
      <FormMessage message={message} success={success} />
      <fieldset>
        <legend className="text-sm font-medium">{t("twoFactor.policy.legend")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
          {ROLES.map((role) => (
            <label key={role} className="inline-flex min-h-6 items-center gap-2 py-1">
              <input type="checkbox" value={role} className="h-5 w-5" {...register("roles")} />
              {t(`roles.${role}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="btn" disabled={isSubmitting}>
        {t("twoFactor.policy.save")}
      </button>
    </form>
  );
}
