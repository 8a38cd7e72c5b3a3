"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setOrganisationActive } from "@/lib/organisations/actions";

/** Deactivates or reactivates an organisation, saying first what that means. */
export function OrganisationState({ id, active }: { id: string; active: boolean }) {
  const t = useTranslations("organisations");
  const tErrors = useTranslations("errors");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const change = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await setOrganisationActive({ id, active: !active });
      if (!result.ok) return setMessage({ text: tErrors(result.error), ok: false });
      setMessage({ text: t(active ? "deactivated" : "reactivated"), ok: true });
    });
  return (
    <section className="card max-w-2xl space-y-3" aria-labelledby="state-heading">
      <h2 id="state-heading" className="text-lg font-semibold">
        {t("stateHeading")}
      </h2>
      <p className="font-medium">{active ? t("isActive") : t("isInactive")}</p>
      <p className="text-sm text-gray-700">{t("deactivateExplain")}</p>
      <button type="button" className={active ? "btn-secondary" : "btn"} onClick={change} disabled={pending}>
        {active ? t("deactivate") : t("reactivate")}
      </button>
      <div role="status" aria-live="polite">
        {message ? (
          <p
            className={`rounded-md border p-3 text-sm ${message.ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}
          >
            {message.text}
          </p>
        ) : null}
      </div>
    </section>
  );
}
