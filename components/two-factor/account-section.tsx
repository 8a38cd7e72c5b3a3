import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { secondFactorStatus } from "@/lib/two-factor/queries";
import { ENROL_PATH } from "@/lib/two-factor/policy";

/** The second factor's state on /ucet, with the way to its page. */
export async function TwoFactorAccountSection() {
  const user = await currentUser();
  if (!user) return null;
  const t = await getTranslations("twoFactor");
  const status = await secondFactorStatus(db, user.id, user.role);
  return (
    <section className="card max-w-xl space-y-2" aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm">{status.enabledAt ? t("enabled") : t("stateOff")}</p>
      <Link href={ENROL_PATH} className="btn-secondary no-underline">
        {status.enabledAt ? t("accountLink") : t("enable")}
      </Link>
    </section>
  );
}
