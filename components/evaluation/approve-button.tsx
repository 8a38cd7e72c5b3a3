"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { approveEvaluation } from "@/lib/evaluation/approve";
import type { ActionResult } from "@/lib/actions/errors";
import { LiveError } from "@/components/ui/live-error";

/** The refusal in this module's words where it has them (already approved, year not over…), else the shared ones. */
function refusal(
  result: Extract<ActionResult<unknown>, { ok: false }>,
  t: (key: string) => string,
  has: (key: string) => boolean,
  te: (key: string) => string,
) {
  const reason =
    typeof result.details?.reason === "string"
      ? result.details.reason
      : (result.fieldErrors?.year?.[0] ?? result.error);
  return has(reason) ? t(reason) : te(result.error);
}

/** The coordinator approves the shown (latest) version: its figures as at 31 December are frozen from then on. */
export function ApproveButton({ planId, year, version }: { planId: string; year: number; version: number }) {
  const t = useTranslations("evaluation.approve");
  const te = useTranslations("errors");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const approve = () =>
    startTransition(async () => {
      setError(null);
      const result = await approveEvaluation({ planId, year, version });
      if (!result.ok)
        return setError(
          refusal(
            result,
            (k) => t(`errors.${k}`),
            (k) => t.has(`errors.${k}`),
            te,
          ),
        );
    });
  return (
    <div className="space-y-2">
      <p className="text-sm">{t("explain", { year, version })}</p>
      <button type="button" className="btn" disabled={pending} onClick={approve}>
        {pending ? t("approving") : t("submit", { version })}
      </button>
      <LiveError message={error} />
    </div>
  );
}
