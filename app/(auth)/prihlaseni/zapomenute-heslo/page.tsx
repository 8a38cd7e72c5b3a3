import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/password-reset/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passwordReset.forgot");
  return { title: t("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("passwordReset");
  return (
    <AuthCard title={t("forgot.title")}>
      <p className="text-sm text-gray-700">{t("forgot.intro")}</p>
      <ForgotPasswordForm />
      <p className="text-sm">
        <Link href="/prihlaseni" className="inline-block py-1 underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </AuthCard>
  );
}
