"use client";
// The person's own second factor (app/(app)/ucet/dvoufazove-overeni): turn on (QR code, key, a first code), the
// recovery codes shown once, new recovery codes, turn off. Stays mounted across the refresh that follows each
// action, so the codes it shows survive the page's new data.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { confirmTwoFactor, regenerateRecovery, startTwoFactor } from "@/lib/two-factor/actions";
import type { Enrolment } from "@/lib/two-factor/enrolment";
import { FormMessage } from "@/components/ui/field";
import { CodeForm } from "./code-form";
import { DisableForm } from "./disable-form";
import { RecoveryCodes } from "./recovery-codes";

type Props = { email: string; enabledSince: string | null; unusedCodes: number; required: boolean };

export function TwoFactorSettings({ email, enabledSince, unusedCodes, required }: Props) {
  const t = useTranslations("twoFactor");
  const errors = useTranslations("errors");
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const begin = () =>
    start(async () => {
      setMessage(null);
      const result = await startTwoFactor({});
      if (result.ok) setEnrolment(result.data);
      else setMessage(errors(result.error));
    });

  if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;

  if (enabledSince) {
    return (
      <div className="space-y-6">
        <section className="card max-w-xl space-y-2" aria-labelledby="state-heading">
          <h2 id="state-heading" className="text-lg font-semibold">
            {t("enabled")}
          </h2>
          <p data-testid="two-factor-state">{t("stateOn", { since: enabledSince })}</p>
          <p className="text-sm">{t("unusedCodes", { count: unusedCodes })}</p>
        </section>
        <section className="card max-w-xl space-y-3" aria-labelledby="regenerate-heading">
          <h2 id="regenerate-heading" className="text-lg font-semibold">
            {t("regenerateTitle")}
          </h2>
          <p className="text-sm">{t("regenerateHint")}</p>
          <CodeForm
            id="regenerate-code"
            send={regenerateRecovery}
            submit={t("regenerate")}
            pending={t("confirming")}
            onSuccess={(data) => setCodes(data.codes)}
          />
        </section>
        {required ? <p className="card max-w-xl text-sm">{t("requiredNote")}</p> : <DisableForm />}
      </div>
    );
  }

  if (!enrolment) {
    return (
      <section className="card max-w-xl space-y-3" aria-labelledby="off-heading">
        <h2 id="off-heading" className="text-lg font-semibold" data-testid="two-factor-state">
          {t("stateOff")}
        </h2>
        <FormMessage message={message} />
        <button type="button" className="btn" onClick={begin} disabled={pending}>
          {pending ? t("starting") : t("enable")}
        </button>
      </section>
    );
  }

  return (
    <div className="space-y-6">
      <section className="card max-w-xl space-y-3" aria-labelledby="scan-heading">
        <h2 id="scan-heading" className="text-lg font-semibold">
          {t("scanTitle")}
        </h2>
        <p className="text-sm">{t("scanHint")}</p>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server, nothing to optimise */}
        <img
          src={enrolment.qr}
          alt={t("qrAlt", { email })}
          width={240}
          height={240}
          className="rounded border border-gray-300"
        />
        <p className="text-sm">{t("secretLabel")}</p>
        <p>
          <code
            className="break-all rounded bg-gray-100 px-2 py-1 font-mono text-lg tracking-wide"
            data-testid="totp-secret"
          >
            {enrolment.grouped}
          </code>
        </p>
        <p className="text-xs text-gray-700">{t("secretHint")}</p>
      </section>
      <section className="card max-w-xl space-y-3" aria-labelledby="confirm-heading">
        <h2 id="confirm-heading" className="text-lg font-semibold">
          {t("confirmTitle")}
        </h2>
        <CodeForm
          id="confirm-code"
          send={confirmTwoFactor}
          submit={t("confirm")}
          pending={t("confirming")}
          onSuccess={(data) => setCodes(data.codes)}
        />
        <button type="button" className="btn-secondary" onClick={() => setEnrolment(null)}>
          {t("cancel")}
        </button>
      </section>
    </div>
  );
}
