"use client";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/errors";
import { codeSchema } from "@/lib/two-factor/schema";
import { FormMessage } from "@/components/ui/field";
import { OneTimeCodeField } from "@/components/ui/secret-fields";
import { useActionForm } from "@/components/ui/use-action-form";

/** One code from the app sent to an action (confirm the enrolment, new recovery codes). */
export function CodeForm<T>({
  id,
  send,
  submit,
  pending,
  onSuccess,
}: {
  id: string;
  send: (values: { code: string }) => Promise<ActionResult<T>>;
  submit: string;
  pending: string;
  onSuccess: (data: T) => void;
}) {
  const t = useTranslations("twoFactor");
  const { form, onSubmit, message } = useActionForm(codeSchema, {
    defaultValues: { code: "" },
    send,
    onSuccess,
    afterSave: "empty",
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage message={message} />
      <OneTimeCodeField id={id} label={t("code")} hint={t("codeHint")} error={errors.code} input={register("code")} />
      <button type="submit" className="btn" disabled={isSubmitting}>
        {isSubmitting ? pending : submit}
      </button>
    </form>
  );
}
