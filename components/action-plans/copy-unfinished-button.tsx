"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { copyUnfinished } from "@/lib/action-plans/actions";

type Outcome = { ok: true; message: string; href: string } | { ok: false; message: string };

/** Copies the year's unfinished activities into next year's draft (idempotent) and links to it. */
export function CopyUnfinishedButton({ fromActionPlanId, year }: { fromActionPlanId: string; year: number }) {
  const t = useTranslations("actionPlans.copy");
  const te = useTranslations("errors");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, startTransition] = useTransition();

  const copy = () =>
    startTransition(async () => {
      const result = await copyUnfinished({ fromActionPlanId });
      if (!result.ok) return setOutcome({ ok: false, message: te(result.error) });
      const { copied, skipped, actionPlanId } = result.data;
      setOutcome({
        ok: true,
        message: t("done", { copied, skipped }),
        href: `/strategicky-plan/akcni-plany/${actionPlanId}`,
      });
    });

  return (
    <div>
      <button type="button" className="btn" disabled={pending} onClick={copy}>
        {t("submit", { year })}
      </button>
      <div aria-live="polite" className="mt-2 text-sm">
        {outcome && !outcome.ok ? (
          <p role="alert" className="field-error">
            {outcome.message}
          </p>
        ) : null}
        {outcome?.ok ? (
          <p role="status" className="text-green-900">
            {outcome.message} <Link href={outcome.href}>{t("open", { year })}</Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}
