"use client";
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult, FieldErrors } from "@/lib/actions/errors";
import { splitMessage } from "@/lib/validation/message";

/** Translates a validation key: this module's own (actionPlans.errors.*) first, then the shared ones (errors.field.*). */
function useFieldMessage() {
  const t = useTranslations();
  return (message: string) => {
    const { key, param } = splitMessage(message);
    if (t.has(`actionPlans.errors.${key}`)) return t(`actionPlans.errors.${key}`);
    if (t.has(`errors.field.${key}`)) return t(`errors.field.${key}`, { param: param ?? "" });
    return t("errors.field.invalid_format");
  };
}

/** A field's error under it, announced to screen readers. */
export function ActionPlanFieldError({ id, message }: { id: string; message?: string }) {
  const translate = useFieldMessage();
  return (
    <p id={id} className="field-error" aria-live="polite">
      {message ? translate(message) : null}
    </p>
  );
}

/** The form's outcome: an error in red (role=alert) or a confirmation (role=status). */
export function FormStatus({ outcome }: { outcome: { ok: boolean; message: string } | null }) {
  return (
    <div aria-live="polite">
      {outcome && !outcome.ok ? (
        <p role="alert" className="field-error">
          {outcome.message}
        </p>
      ) : null}
      {outcome?.ok ? (
        <p role="status" className="mt-1 text-sm text-green-900">
          {outcome.message}
        </p>
      ) : null}
    </div>
  );
}

/** Puts an action's failure onto the form: field errors under their fields (from zod or from the action itself). */
export function useActionFailure<T extends FieldValues>(setError: UseFormSetError<T>) {
  const t = useTranslations("errors");
  return (result: Extract<ActionResult<unknown>, { ok: false }>) => {
    const fieldErrors = result.fieldErrors ?? (result.details?.fieldErrors as FieldErrors | undefined) ?? {};
    for (const [field, messages] of Object.entries(fieldErrors)) setError(field as Path<T>, { message: messages[0] });
    return { ok: false, message: t(result.error) };
  };
}
