"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { signInSchema, type SignInInput } from "@/lib/two-factor/schema";
import { Field, inputClass } from "@/components/ui/field";

type Failure = "invalidCredentials" | "rateLimited" | "codeRequired" | "codeInvalid" | "codeEmpty";
const FAILURES: Record<string, Failure> = {
  RateLimited: "rateLimited",
  SecondFactorRequired: "codeRequired",
  SecondFactorInvalid: "codeInvalid",
};

/** E-mail and password; for an account with a second factor the server answers SecondFactorRequired and the form
 * then asks for the code too (lib/auth/login), keeping what was typed, and sends all three again. */
export function LoginForm() {
  const t = useTranslations();
  const router = useRouter();
  const [failed, setFailed] = useState<Failure | null>(null);
  const [askCode, setAskCode] = useState(false);
  const codeInput = useRef<HTMLInputElement | null>(null);
  const { register, handleSubmit, formState, setValue } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });
  const { errors, isSubmitting } = formState;
  const { ref: codeRef, ...codeField } = register("code");

  useEffect(() => {
    if (askCode) codeInput.current?.focus();
  }, [askCode]);

  const onSubmit = handleSubmit(async ({ code, ...values }) => {
    setFailed(null);
    if (askCode && !code) return setFailed("codeEmpty");
    // Only a code that was asked for is sent (next-auth would send an absent one as the text "undefined").
    const result = await signIn("credentials", { ...values, ...(askCode && code ? { code } : {}), redirect: false });
    if (!result || result.error) {
      const failure = FAILURES[result?.error ?? ""] ?? "invalidCredentials";
      if (failure === "codeRequired" || failure === "codeInvalid") setAskCode(true);
      if (failure === "codeInvalid") setValue("code", "");
      // A wrong password (or a locked account) starts over from the password.
      if (failure === "invalidCredentials") setAskCode(false);
      setFailed(failure);
      return;
    }
    router.replace("/");
    // Signing in goes through next-auth's route handler (a fetch, not a server action), which revalidates nothing:
    // drop what the router holds from the signed-out session.
    router.refresh();
  });

  const message =
    failed === "invalidCredentials" || failed === "rateLimited"
      ? t(`auth.${failed}`)
      : failed
        ? t(`twoFactor.signIn.${failed}`)
        : null;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div role="alert" aria-live="assertive" data-testid="sign-in-error">
        {message ? (
          <p
            className={`rounded-md border p-3 ${failed === "codeRequired" ? "border-blue-300 bg-blue-50 text-blue-950" : "border-red-300 bg-red-50 text-red-900"}`}
          >
            {message}
          </p>
        ) : null}
      </div>
      <Field id="email" label={t("auth.email")} error={errors.email}>
        {(aria) => (
          <input
            type="email"
            autoComplete="username"
            readOnly={askCode}
            {...aria}
            className={inputClass}
            {...register("email")}
          />
        )}
      </Field>
      <Field id="password" label={t("auth.password")} error={errors.password}>
        {(aria) => (
          <input
            type="password"
            autoComplete="current-password"
            readOnly={askCode}
            {...aria}
            className={inputClass}
            {...register("password")}
          />
        )}
      </Field>
      {askCode ? (
        <Field id="code" label={t("twoFactor.signIn.code")} hint={t("twoFactor.signIn.codeHint")} error={errors.code}>
          {(aria) => (
            <input
              type="text"
              inputMode="text"
              autoComplete="one-time-code"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={40}
              {...aria}
              className={`${inputClass} font-mono`}
              {...codeField}
              ref={(element) => {
                codeRef(element);
                codeInput.current = element;
              }}
            />
          )}
        </Field>
      ) : null}
      <button type="submit" className="btn w-full" disabled={isSubmitting}>
        {isSubmitting ? t("auth.signingIn") : askCode ? t("twoFactor.signIn.verify") : t("auth.signIn")}
      </button>
      {askCode ? (
        <button
          type="button"
          className="btn-secondary w-full"
          onClick={() => {
            setAskCode(false);
            setFailed(null);
            setValue("code", "");
          }}
        >
          {t("twoFactor.signIn.back")}
        </button>
      ) : null}
    </form>
  );
}
