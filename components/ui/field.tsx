"use client";
import type { FieldError as RhfError } from "react-hook-form";
import { FieldError } from "./field-error";

/** A labelled form control with its hint and its translated error, wired with aria-describedby. */
export function Field({
  id,
  label,
  hint,
  error,
  ns,
  children,
}: {
  id: string;
  ns?: string;
  label: string;
  hint?: string;
  error?: RhfError | { message?: string };
  children: (aria: { id: string; "aria-invalid": boolean; "aria-describedby": string }) => React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-gray-700">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-invalid": !!error, "aria-describedby": `${id}-error${hint ? ` ${id}-hint` : ""}` })}
      <FieldError id={`${id}-error`} message={error?.message} ns={ns} />
    </div>
  );
}

export const inputClass = "mt-1 block w-full rounded-md border-gray-400 text-sm";

/** The form's error, or after a save its success message (from useActionForm), in one live region. */
export function FormMessage({ message, success }: { message: string | null; success?: string | null }) {
  return (
    <div role="status" aria-live="polite">
      {message ? (
        <p className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">{message}</p>
      ) : success ? (
        <p className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">{success}</p>
      ) : null}
    </div>
  );
}
