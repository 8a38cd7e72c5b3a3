"use client";
// One target of a programme's target table (per year or per place): the row's label and its number input with the
// error under it.
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { inputClass } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";

type RowErrors = ({ target?: { message?: string } } | undefined)[] | undefined;
/** react-hook-form's errors of a field array of targets, by row. */
export const rowErrorsOf = (errors: unknown) => errors as RowErrors;

export function TargetLabel({ htmlFor, prefix, children }: { htmlFor: string; prefix: string; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor}>
      <span className="sr-only">{prefix} </span>
      {children}
    </label>
  );
}

export function TargetInput({
  id,
  width,
  message,
  ...registered
}: { id: string; width: string; message?: string } & UseFormRegisterReturn) {
  return (
    <>
      <input
        id={id}
        inputMode="numeric"
        className={`${inputClass} ${width}`}
        aria-invalid={!!message}
        aria-describedby={`${id}-error`}
        {...registered}
      />
      <FieldError id={`${id}-error`} message={message} ns="programmes" />
    </>
  );
}
