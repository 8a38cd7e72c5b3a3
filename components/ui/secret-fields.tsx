"use client";
// The password and one-time-code inputs of the account, password-reset and two-factor forms.
import type { FieldError as RhfError, UseFormRegisterReturn } from "react-hook-form";
import { Field, inputClass } from "./field";

type Common = { id: string; label: string; hint?: string; error?: RhfError; ns?: string; input: UseFormRegisterReturn };

export function PasswordField({
  autoComplete,
  input,
  ...field
}: Common & { autoComplete: "current-password" | "new-password" }) {
  return (
    <Field {...field}>
      {(aria) => <input type="password" autoComplete={autoComplete} {...aria} className={inputClass} {...input} />}
    </Field>
  );
}

/** A new password and its confirmation. */
export function NewPasswordFields({
  labels,
  errors,
  password,
  confirm,
}: {
  labels: { password: string; hint: string; confirm: string };
  errors: { password?: RhfError; confirm?: RhfError };
  password: UseFormRegisterReturn;
  confirm: UseFormRegisterReturn;
}) {
  return (
    <>
      <PasswordField
        id="password"
        label={labels.password}
        hint={labels.hint}
        error={errors.password}
        autoComplete="new-password"
        input={password}
      />
      <PasswordField
        id="confirm"
        label={labels.confirm}
        error={errors.confirm}
        autoComplete="new-password"
        input={confirm}
      />
    </>
  );
}

/** Six digits from the authenticator app, or a recovery code. */
export function OneTimeCodeField({ input, ...field }: Common) {
  return (
    <Field ns="twoFactor" {...field}>
      {(aria) => (
        <input
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={40}
          {...aria}
          className={`${inputClass} max-w-48 font-mono`}
          {...input}
        />
      )}
    </Field>
  );
}
