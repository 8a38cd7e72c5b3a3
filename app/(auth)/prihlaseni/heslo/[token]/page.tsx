import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { LinkProblem } from "@/components/password-reset/link-problem";
import { SetPasswordForm } from "@/components/password-reset/set-password-form";
import { checkLink } from "@/lib/account-links/links";
import { db } from "@/lib/db";

// The token is in this page's URL: no Referer header may carry it to another site (or to our own next page).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passwordReset.set");
  return { title: t("title"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

/** The page an invitation or a reset link opens (LINK_PATH in lib/account-links/links). Looking does not use it up. */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await checkLink(db, token);
  if (!link.ok) {
    return (
      <AuthCard>
        <LinkProblem problem={link.problem} headingLevel={1} />
      </AuthCard>
    );
  }
  const t = await getTranslations("passwordReset.set");
  return (
    <AuthCard title={t("title")}>
      <p className="text-sm text-gray-700">{t(link.kind)}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-medium">{t("name")}</dt>
        <dd data-testid="link-name">{link.user.name}</dd>
        <dt className="font-medium">{t("email")}</dt>
        <dd data-testid="link-email" className="break-all">
          {link.user.email}
        </dd>
      </dl>
      <SetPasswordForm token={token} email={link.user.email} />
    </AuthCard>
  );
}
