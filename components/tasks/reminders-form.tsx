"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { setEmailReminders } from "@/lib/tasks/actions";
import { emailRemindersSchema } from "@/lib/tasks/schema";
import { FormMessage } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

/** The user's own weekly e-mail switch. */
export function RemindersForm({ enabled }: { enabled: boolean }) {
  const t = useTranslations("tasks.reminders");
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, message } = useActionForm(emailRemindersSchema, {
    defaultValues: { enabled },
    send: (values) => {
      setSaved(false);
      return setEmailReminders(values);
    },
    onSuccess: () => setSaved(true),
  });
  const {
    register,
    formState: { isSubmitting },
  } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("enabled")} /> {t("label")}
      </label>
      <button type="submit" className="btn" disabled={isSubmitting}>
        {t("save")}
      </button>
      <FormMessage message={message} />
      <p role="status" className="text-sm text-green-900">
        {saved ? t("saved") : null}
      </p>
    </form>
  );
}
