"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("auth");
  return (
    <button type="button" className="btn-secondary" onClick={() => signOut({ callbackUrl: "/prihlaseni" })}>
      {t("signOut")}
    </button>
  );
}
