"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { reviewEvent } from "@/lib/recruitment/actions";
import { FieldError } from "@/components/ui/field-error";

/** Confirm or return a submitted event; returning needs a comment for the organisation. */
export function ReviewButtons({ eventId, title }: { eventId: string; title: string }) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<{ message?: string; field?: string }>({});
  const [pending, startTransition] = useTransition();

  const decide = (decision: "confirm" | "return") =>
    startTransition(async () => {
      const result = await reviewEvent({ eventId, decision, comment: comment || undefined });
      if (result.ok) return router.refresh();
      setError({ message: t(`errors.${result.error}`), field: result.fieldErrors?.comment?.[0] });
    });

  return (
    <div className="mt-2 space-y-1" role="group" aria-label={title}>
      <label htmlFor={`${id}-comment`} className="block text-xs">{t("recruitment.comment")}</label>
      <textarea id={`${id}-comment`} rows={2} value={comment} onChange={(e) => setComment(e.target.value)}
        aria-describedby={`${id}-error`} className="block w-48 rounded-md border-gray-400 text-xs" />
      <FieldError id={`${id}-error`} message={error.field} />
      {error.message && !error.field ? <p role="alert" className="field-error">{error.message}</p> : null}
      <div className="flex gap-1">
        <button type="button" className="btn px-2 py-1 text-xs" disabled={pending} onClick={() => decide("confirm")}>{t("recruitment.confirm")}</button>
        <button type="button" className="btn-secondary px-2 py-1 text-xs" disabled={pending} onClick={() => decide("return")}>{t("recruitment.return")}</button>
      </div>
    </div>
  );
}
