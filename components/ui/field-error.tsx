"use client";
import { useTranslations } from "next-intl";
import { splitMessage } from "@/lib/validation/message";

/** A field's validation message (a key from lib/validation), translated, announced to screen readers. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  const t = useTranslations("errors.field");
  const { key, param } = splitMessage(message ?? "");
  return (
    <p id={id} className="field-error" aria-live="polite">
      {message ? (t.has(key) ? t(key, { param: param ?? "" }) : t("invalid_format")) : null}
    </p>
  );
}
