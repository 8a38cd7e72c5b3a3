import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { SsoButton } from "@/components/auth/sso-button";
import { AuthCard } from "@/components/auth/auth-card";
import { currentUser } from "@/lib/auth/session";
import { ssoName } from "@/lib/auth/sso";

export default async function SignInPage() {
  if (await currentUser()) redirect("/");
  const t = await getTranslations();
  return (
    <AuthCard
      cardClassName="card"
      after={
        <p className="mt-4 text-center text-sm">
          <Link href="/pristupnost" className="underline">
            {t("accessibility.title")}
          </Link>
        </p>
      }
    >
      <p className="text-sm font-medium text-gray-700">{t("app.region")}</p>
      <h1 className="mb-1 text-2xl font-semibold">{t("app.title")}</h1>
      <h2 className="mb-2 mt-4 text-lg font-semibold">{t("auth.signInTitle")}</h2>
      <p className="mb-4 text-sm text-gray-700">{t("auth.signInIntro")}</p>
      <SsoButton name={ssoName()} />
      <LoginForm />
      <p className="mt-4 text-sm">
        <Link href="/prihlaseni/zapomenute-heslo" className="inline-block py-1 underline">
          {t("passwordReset.signInLink")}
        </Link>
      </p>
    </AuthCard>
  );
}
