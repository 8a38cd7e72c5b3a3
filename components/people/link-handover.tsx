"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { formatDateTime } from "@/lib/format";

export type Delivery = { email: string; sent: boolean; url?: string; expiresAt: Date | string; failed: boolean };

/**
 * What became of a link the admin sent: "sent to …", or, when no mail went out (no SMTP_URL, or the server refused
 * it), a warning and the link itself with a copy button, to be passed on in person.
 */
export function LinkHandover({ delivery, sentKey }: { delivery: Delivery; sentKey: "invited" | "resetSent" }) {
  const t = useTranslations("people.result");
  const [copied, setCopied] = useState<null | "ok" | "failed">(null);
  const until = formatDateTime(new Date(delivery.expiresAt), useLocale());
  if (delivery.sent) {
    return (
      <p className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
        {t(sentKey, { email: delivery.email, until })}
      </p>
    );
  }
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(delivery.url ?? "");
      setCopied("ok");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">{t(delivery.failed ? "failed" : "noSmtp", { until })}</p>
      <label htmlFor="handover-link" className="block">
        {t("link", { email: delivery.email })}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="handover-link"
          readOnly
          value={delivery.url ?? ""}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border-gray-400 bg-white font-mono text-xs"
        />
        <button type="button" className="btn-secondary min-h-9" onClick={copy}>
          {t("copy")}
        </button>
      </div>
      <p aria-live="polite">{copied ? t(copied === "ok" ? "copied" : "copyFailed") : null}</p>
    </div>
  );
}
