"use client";
import { useTranslations } from "next-intl";
import { addComment } from "@/lib/conversation/actions";
import { addCommentSchema } from "@/lib/conversation/schema";
import type { ThreadRecord } from "@/lib/conversation/write";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

/** A free comment on the record, for anyone who may see it. */
export function AddCommentForm({ record }: { record: ThreadRecord }) {
  const t = useTranslations("conversation");
  const empty = { ...record, text: "" };
  const { form, onSubmit, message } = useActionForm(addCommentSchema, {
    defaultValues: empty,
    send: addComment,
    onSuccess: () => {
      form.reset(empty);
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-2 border-t border-gray-200 pt-4">
      <FormMessage message={message} />
      <Field id="comment-text" label={t("newComment")} hint={t("newCommentHint")} error={errors.text} ns="conversation">
        {(aria) => <textarea {...aria} rows={3} className={inputClass} {...register("text")} />}
      </Field>
      <button type="submit" className="btn" disabled={isSubmitting}>
        {isSubmitting ? t("sending") : t("add")}
      </button>
    </form>
  );
}
