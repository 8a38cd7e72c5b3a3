"use client";
import { useTranslations } from "next-intl";
import { splitMessage } from "@/lib/validation/message";

/** A field's validation message (a key from lib/validation), translated, announced to screen readers. A feature
 * may have keys of its own under "<ns>.errors.*"; those are looked up first, then the shared "errors.field.*". */
export function FieldError({
  id,
  message,
  ns,
  text: given,
}: {
  id: string;
  message?: string;
  ns?: string;
  text?: string | null;
}) {
  const t = useTranslations();
  const { key, param } = splitMessage(message ?? "");
  const own = ns ? `${ns}.errors.${key}` : null;
  const text = given
    ? given
    : !message
      ? null
      : own && t.has(own)
        ? t(own, { param: param ?? "" })
        : t.has(`errors.field.${key}`)
          ? t(`errors.field.${key}`, { param: param ?? "" })
          : t("errors.field.invalid_format");
  return (
    <p id={id} className="field-error" aria-live="polite">
      {text}
    </p>
  );
}
