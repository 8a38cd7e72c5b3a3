"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { archiveProgramme } from "@/lib/programmes/actions";
import { LiveError } from "@/components/ui/live-error";

/** Archives a programme (its events, counts and the indicators it feeds stay readable) or restores it. */
export function ArchiveProgrammeButton({ id, active }: { id: string; active: boolean }) {
  const t = useTranslations("programmes.archive");
  const te = useTranslations("errors");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const toggle = () =>
    startTransition(async () => {
      const result = await archiveProgramme({ id, archived: active });
      if (!result.ok) return setError(te(result.error));
      setError(null);
    });
  return (
    <div className="space-y-2">
      <p className="text-sm" data-testid="programme-state">
        {active ? t("activeState") : t("archivedState")}
      </p>
      <button type="button" className="btn-secondary" disabled={pending} onClick={toggle}>
        {active ? t("archive") : t("restore")}
      </button>
      <LiveError message={error} />
    </div>
  );
}
