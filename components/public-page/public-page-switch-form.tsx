"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setPublicPage } from "@/lib/public-page/actions";
import { FormMessage } from "@/components/ui/field";

export function PublicPageSwitchForm({ on }: { on: boolean }) {
  const t = useTranslations("publicPage");
  const errors = useTranslations("errors");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const toggle = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await setPublicPage(!on);
      if (!result.ok) setMessage(errors(result.error));
    });
  return (
    <section className="card max-w-2xl space-y-3" aria-labelledby="public-page-switch">
      <h2 id="public-page-switch" className="text-lg font-semibold">
        {t("switchTitle")}
      </h2>
      <p className="text-sm text-gray-700">{t("switchHint")}</p>
      <p role="status" data-testid="public-page-state" className="font-medium">
        {on ? t("stateOn") : t("stateOff")}
      </p>
      <FormMessage message={message} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className="btn" onClick={toggle} disabled={pending} aria-pressed={on}>
          {on ? t("turnOff") : t("turnOn")}
        </button>
        {on ? <a href="/verejne">{t("open")}</a> : null}
      </div>
    </section>
  );
}
