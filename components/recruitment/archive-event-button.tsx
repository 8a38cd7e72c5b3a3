"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { archiveEvent } from "@/lib/recruitment/actions";

export function ArchiveEventButton({ eventId, title }: { eventId: string; title: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const archive = () => {
    if (!window.confirm(t("event.archiveConfirm", { name: title }))) return;
    start(async () => {
      const result = await archiveEvent({ eventId });
      if (result.ok) router.push("/nabor");
      else setError(t(`errors.${result.error}`));
    });
  };
  return (
    <>
      <button type="button" className="btn-secondary" disabled={pending} onClick={archive}>
        {t("event.archive")}
      </button>
      <span role="status" aria-live="polite">
        {error ? <span className="field-error">{error}</span> : null}
      </span>
    </>
  );
}
