"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { carryOverMeasure } from "@/lib/plan/actions/measure";

type Props = { measureId: string; planName: string; goals: { id: string; code: string; title: string }[] };

/** Continues the measure in the next plan under a chosen goal. */
export function CarryOverForm({ measureId, planName, goals }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [goalId, setGoalId] = useState(goals[0]?.id ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const submit = () =>
    start(async () => {
      const result = await carryOverMeasure({ measureId, goalId });
      if (result.ok) router.push(`/strategicky-plan/opatreni/${result.data.id}`);
      else {
        const reason = result.fieldErrors?.goalId?.[0];
        setError(
          reason && t.has(`measure.carryOverErrors.${reason}`)
            ? t(`measure.carryOverErrors.${reason}`)
            : t(`errors.${result.error}`),
        );
      }
    });
  return (
    <div className="space-y-2">
      <label htmlFor="carry-goal" className="block text-sm font-medium">
        {t("measure.carryOverGoal", { plan: planName })}
      </label>
      <select
        id="carry-goal"
        value={goalId}
        onChange={(e) => setGoalId(e.target.value)}
        className="block w-full rounded-md border-gray-400 text-sm"
      >
        {goals.map((g) => (
          <option key={g.id} value={g.id}>
            {g.code} {g.title}
          </option>
        ))}
      </select>
      <div role="status" aria-live="polite">
        {error ? <p className="field-error">{error}</p> : null}
      </div>
      <button type="button" className="btn-secondary" disabled={pending || !goalId} onClick={submit}>
        {t("measure.carryOverDo")}
      </button>
    </div>
  );
}
