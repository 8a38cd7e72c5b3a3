"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/lib/i18n/actions";

export function LanguageSwitch() {
  const t = useTranslations("app");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const other = locale === "cs" ? "en" : "cs";
  return (
    <button
      type="button"
      className="btn-secondary"
      lang={other}
      disabled={pending}
      onClick={() => startTransition(async () => { await setLocale(other); router.refresh(); })}
    >
      {t("switchTo")}
    </button>
  );
}
