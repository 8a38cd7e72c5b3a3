"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** The recovery codes, shown once right after they were made, with copy and print. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useTranslations("twoFactor");
  const [copy, setCopy] = useState<"copied" | "copyFailed" | null>(null);
  const copyAll = () =>
    navigator.clipboard.writeText(codes.join("\n")).then(
      () => setCopy("copied"),
      () => setCopy("copyFailed"),
    );
  return (
    <section
      className="card max-w-xl space-y-3 border-2 border-amber-500"
      aria-labelledby="codes-heading"
      data-testid="recovery-codes"
    >
      <h2 id="codes-heading" className="text-lg font-semibold">
        {t("codesTitle")}
      </h2>
      <p className="text-sm">{t("codesIntro")}</p>
      <ol className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-base sm:max-w-sm">
        {codes.map((code) => (
          <li key={code} data-testid="recovery-code">
            {code}
          </li>
        ))}
      </ol>
      <p role="status" aria-live="polite" className="text-sm">
        {copy ? t(copy) : null}
      </p>
      <div className="flex flex-wrap gap-3 print:hidden">
        <button type="button" className="btn-secondary" onClick={copyAll}>
          {t("copy")}
        </button>
        <button type="button" className="btn-secondary" onClick={() => window.print()}>
          {t("print")}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t("done")}
        </button>
      </div>
    </section>
  );
}
