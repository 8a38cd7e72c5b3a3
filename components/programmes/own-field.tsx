"use client";
// Form controls whose errors may be this feature's own keys ("<namespace>.errors.*", e.g. programmes.errors.overTotal)
// besides the shared ones (errors.field.*). Shared by the programme, statistics and campaign forms.
import { useTranslations } from "next-intl";
import type { FieldError as RhfError } from "react-hook-form";
import { splitMessage } from "@/lib/validation/message";

type Namespace = "programmes" | "careStats" | "campaigns";

/** A validation key, translated: the feature's own first, then the shared one, else the generic "invalid format". */
export function OwnError({ id, message, ns }: { id: string; message?: string; ns: Namespace }) {
  const t = useTranslations();
  const { key, param } = splitMessage(message ?? "");
  const text = !message ? null
    : t.has(`${ns}.errors.${key}`) ? t(`${ns}.errors.${key}`, { param: param ?? "" })
    : t.has(`errors.field.${key}`) ? t(`errors.field.${key}`, { param: param ?? "" })
    : t("errors.field.invalid_format");
  return <p id={id} className="field-error" aria-live="polite">{text}</p>;
}

type Aria = { id: string; "aria-invalid": boolean; "aria-describedby": string };

/** A labelled control with its hint and its error, wired with aria-describedby (as components/ui/field, own keys). */
export function OwnField({ ns, id, label, hint, error, children }: {
  ns: Namespace; id: string; label: string; hint?: string; error?: RhfError | { message?: string }; children: (aria: Aria) => React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-xs text-gray-700">{hint}</p> : null}
      {children({ id, "aria-invalid": !!error, "aria-describedby": `${id}-error${hint ? ` ${id}-hint` : ""}` })}
      <OwnError id={`${id}-error`} message={error?.message} ns={ns} />
    </div>
  );
}
