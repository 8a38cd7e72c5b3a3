import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { SessionUser } from "@/lib/auth/session-holder";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { secondFactorStatus } from "@/lib/two-factor/queries";
import { TwoFactorSettings } from "./two-factor-settings";

export async function TwoFactorPage({ user, locale }: { user: SessionUser; locale: Locale }) {
  const t = await getTranslations("twoFactor");
  const status = await secondFactorStatus(db, user.id, user.role);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {user.mustEnrolSecondFactor ? (
        <p role="alert" className="max-w-xl rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950">
          {t("mustEnrol")}
        </p>
      ) : null}
      <p className="max-w-xl">{t("intro")}</p>
      <TwoFactorSettings
        email={user.email}
        enabledSince={status.enabledAt ? formatDateTime(status.enabledAt, locale) : null}
        unusedCodes={status.unusedRecoveryCodes}
        required={status.required}
      />
    </div>
  );
}
