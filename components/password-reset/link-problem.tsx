import Link from "next/link";
import { useTranslations } from "next-intl";
import type { LinkProblem as Problem } from "@/lib/account-links/links";

/** Why a link cannot be used, and how to get a new one: a reset from "Zapomenuté heslo", an invitation from the admin. */
export function LinkProblem({ problem, headingLevel = 2 }: { problem: Problem; headingLevel?: 1 | 2 }) {
  const t = useTranslations("passwordReset");
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <div className="space-y-3" data-testid="link-problem">
      <Heading className={headingLevel === 1 ? "text-2xl font-semibold" : "text-lg font-semibold"}>
        {t(`problem.${problem}.title`)}
      </Heading>
      <p>{t(`problem.${problem}.text`)}</p>
      <p>
        <Link href="/prihlaseni/zapomenute-heslo" className="inline-block py-1 underline">
          {t("problem.askReset")}
        </Link>
      </p>
      <p className="text-sm text-gray-700">{t("problem.askAdmin")}</p>
      <p>
        <Link href="/prihlaseni" className="inline-block py-1 underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
