"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { loginSchema, type LoginInput } from "@/lib/auth/schema";
import { Field, inputClass } from "@/components/ui/field";

export function LoginForm() {
  const t = useTranslations("auth");
  const router = useRouter();
  const [failed, setFailed] = useState<"invalidCredentials" | "rateLimited" | null>(null);
  const { register, handleSubmit, formState } = useForm<LoginInput>({ resolver: zodResolver(loginSchema) });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFailed(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFailed(result?.error === "RateLimited" ? "rateLimited" : "invalidCredentials");
      return;
    }
    router.replace("/");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div role="alert" aria-live="assertive" data-testid="sign-in-error">
        {failed ? <p className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">{t(failed)}</p> : null}
      </div>
      <Field id="email" label={t("email")} error={errors.email}>
        {(aria) => <input type="email" autoComplete="username" {...aria} className={inputClass} {...register("email")} />}
      </Field>
      <Field id="password" label={t("password")} error={errors.password}>
        {(aria) => <input type="password" autoComplete="current-password" {...aria} className={inputClass} {...register("password")} />}
      </Field>
      <button type="submit" className="btn w-full" disabled={isSubmitting}>
        {isSubmitting ? t("signingIn") : t("signIn")}
      </button>
    </form>
  );
}
