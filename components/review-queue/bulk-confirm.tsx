"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { reviewEvents } from "@/lib/review-queue/actions";
import { FieldError } from "@/components/ui/field-error";
import { useQueue } from "./queue-context";

/** Select all, an optional shared note, and "Potvrdit vybrané (n)": one all-or-nothing confirmation. */
export function BulkConfirm() {
  const t = useTranslations();
  const queue = useQueue()!;
  const id = useId();
  const all = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<{ message?: string; field?: string }>({});
  const [pending, startTransition] = useTransition();
  const count = queue.selected.size;
  const everything = count > 0 && count === queue.ids.length;

  useEffect(() => {
    if (all.current) all.current.indeterminate = count > 0 && !everything;
  }, [count, everything]);

  const confirm = () =>
    startTransition(async () => {
      const eventIds = [...queue.selected];
      const result = await reviewEvents({ eventIds, note: note || undefined });
      if (result.ok) {
        setError({});
        setNote("");
        return queue.done(eventIds, t("reviewQueue.confirmedMany", { count: result.data.confirmed }));
      }
      const notWaiting = result.details?.notWaiting as string[] | undefined;
      setError({
        message: notWaiting
          ? t("reviewQueue.notWaiting", { titles: notWaiting.map((title) => `„${title}“`).join(", ") })
          : t(`errors.${result.error}`),
        field: result.fieldErrors?.note?.[0],
      });
    });

  return (
    <section className="card space-y-3" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {t("reviewQueue.bulk")}
      </h2>
      <label className="flex items-center gap-2">
        <input
          ref={all}
          type="checkbox"
          className="h-6 w-6 rounded border-gray-500"
          checked={everything}
          onChange={(e) => queue.selectAll(e.target.checked)}
        />
        {t("reviewQueue.selectAll", { count: queue.ids.length })}
      </label>
      <div>
        <label htmlFor={`${id}-note`} className="block text-sm">
          {t("reviewQueue.bulkNote")}
        </label>
        <textarea
          id={`${id}-note`}
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby={`${id}-error`}
          className="mt-1 block w-full max-w-xl rounded-md border-gray-400 text-sm"
        />
        <FieldError id={`${id}-error`} message={error.field} />
      </div>
      {error.message ? (
        <p role="alert" className="field-error">
          {error.message}
        </p>
      ) : null}
      <button type="button" className="btn" disabled={pending || count === 0} onClick={confirm}>
        {pending ? t("reviewQueue.working") : t("reviewQueue.confirmSelected", { count })}
      </button>
    </section>
  );
}
