"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormMessage } from "@/components/ui/field";
import { NewPasswordFields } from "@/components/ui/secret-fields";
import { useActionForm } from "@/components/ui/use-action-form";
import type { LinkProblem as Problem } from "@/lib/account-links/links";
import { setPassword } from "@/lib/password-reset/actions";
import { setPasswordSchema } from "@/lib/password-reset/schema";
import { LinkProblem } from "./link-problem";

/** New password + confirmation for the account a valid link opens; afterwards a way on to the sign-in page. */
export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("passwordReset.set");
  const [done, setDone] = useState(false);
  const { form, onSubmit, message, details } = useActionForm(setPasswordSchema(email), {
    defaultValues: { password: "", confirm: "" },
    send: (values) => setPassword({ ...values, token }),
    afterSave: "empty",
    onSuccess: () => setDone(true),
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const problem = details?.problem as Problem | undefined;

  if (done) {
    return (
      <div className="space-y-3" role="status">
        <h2 className="text-lg font-semibold">{t("doneTitle")}</h2>
        <p>{t("done")}</p>
        <Link href="/prihlaseni" className="btn inline-block">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  if (problem) return <LinkProblem problem={problem} />;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} />
      <NewPasswordFields
        labels={{ password: t("password"), hint: t("hint"), confirm: t("confirm") }}
        errors={errors}
        password={register("password")}
        confirm={register("confirm")}
      />
      <button type="submit" className="btn w-full" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("submit")}
      </button>
    </form>
  );
}
