"use client";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import { reviewEvent } from "@/lib/recruitment/actions";
import { FieldError } from "@/components/ui/field-error";
import { useQueue } from "./queue-context";

/** Confirm (with an optional note) or return a submitted event; returning needs a comment for the organisation.
 * Used in the review queue and on the event's page. */
export function ReviewButtons({ eventId, title }: { eventId: string; title: string }) {
  const t = useTranslations();
  const queue = useQueue();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<{ message?: string; field?: string }>({});
  const [pending, startTransition] = useTransition();

  const decide = (decision: "confirm" | "return") =>
    startTransition(async () => {
      const result = await reviewEvent({ eventId, decision, comment: comment || undefined });
      if (result.ok) {
        if (!queue) return;
        return queue.done(
          [eventId],
          t(decision === "confirm" ? "reviewQueue.confirmed" : "reviewQueue.returned", { title }),
        );
      }
      setError({ message: t(`errors.${result.error}`), field: result.fieldErrors?.comment?.[0] });
      if (result.fieldErrors?.comment) field.current?.focus();
    });

  return (
    <div className="space-y-2" role="group" aria-label={title}>
      <div>
        <label htmlFor={`${id}-comment`} className="block text-sm">
          {t("reviewQueue.comment")}
        </label>
        <textarea
          ref={field}
          id={`${id}-comment`}
          rows={2}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-describedby={`${id}-error`}
          className="mt-1 block w-full max-w-xl rounded-md border-gray-400 text-sm"
        />
        <FieldError id={`${id}-error`} message={error.field} />
        {error.message && !error.field ? (
          <p role="alert" className="field-error">
            {error.message}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn" disabled={pending} onClick={() => decide("confirm")}>
          {t("reviewQueue.confirm")}
        </button>
        <button type="button" className="btn-secondary" disabled={pending} onClick={() => decide("return")}>
          {t("reviewQueue.return")}
        </button>
      </div>
    </div>
  );
}
