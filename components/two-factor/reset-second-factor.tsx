"use client";
// The admin removes a person's second factor (on the person's page), after a confirmation.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { resetTwoFactor } from "@/lib/two-factor/actions";
import { FormMessage } from "@/components/ui/field";

export function ResetSecondFactor({ userId, enabled }: { userId: string; enabled: boolean }) {
  const t = useTranslations("twoFactor.reset");
  const errors = useTranslations("errors");
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const reset = () =>
    start(async () => {
      setMessage(null);
      const result = await resetTwoFactor({ userId });
      setAsking(false);
      if (!result.ok) return setMessage(errors(result.error));
      setDone(t("done"));
    });
  if (!enabled) return <FormMessage message={null} success={done} />;
  return (
    <div className="space-y-3">
      <FormMessage message={message} success={done} />
      {asking ? (
        <div
          role="group"
          aria-labelledby={`reset-question-${userId}`}
          className="space-y-3 rounded-md border border-amber-400 bg-amber-50 p-3"
        >
          <p id={`reset-question-${userId}`} className="text-sm text-amber-950">
            {t("confirm")}
          </p>
          <div className="flex flex-wrap gap-3">
            <button type="button" className="btn" onClick={reset} disabled={pending}>
              {t("yes")}
            </button>
            <button type="button" className="btn-secondary" onClick={() => setAsking(false)} disabled={pending}>
              {t("no")}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="btn-secondary" onClick={() => setAsking(true)}>
          {t("button")}
        </button>
      )}
    </div>
  );
}
