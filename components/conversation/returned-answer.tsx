"use client";
import { useTranslations } from "next-intl";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";

type Props = { reason: string; field: UseFormRegisterReturn; error?: FieldError };

/** On a returned event's form: what the coordinator asked for, and the member's answer sent with the event. */
export function ReturnedAnswer({ reason, field, error }: Props) {
  const t = useTranslations("conversation");
  return (
    <section
      aria-labelledby="returned-heading"
      className="space-y-3 rounded-md border-2 border-amber-500 bg-amber-50 p-4 text-amber-950"
    >
      <h2 id="returned-heading" className="font-semibold">
        {t("returnedTitle")}
      </h2>
      <blockquote
        className="whitespace-pre-line break-words border-l-4 border-amber-500 pl-3"
        data-testid="return-reason"
      >
        {reason}
      </blockquote>
      <Field id="answer" label={t("answer")} hint={t("answerHint")} error={error} ns="conversation">
        {(aria) => <textarea {...aria} rows={3} className={`${inputClass} bg-white`} {...field} />}
      </Field>
    </section>
  );
}
