import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

// The accessibility statement required of public bodies (Act No. 99/2019 Coll.). Prerendered at build time: it holds
// no data, so it is served as a static file (and is the ceiling the benchmark compares pages with). Being static, it
// is rendered in Czech, the statement's legal language.
export const dynamic = "force-static";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accessibility");
  return { title: t("title") };
}

const SECTIONS = ["scope", "status", "charts", "feedback", "enforcement"] as const;

export default async function AccessibilityStatementPage() {
  const t = await getTranslations("accessibility");
  return (
    <main id="obsah" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {SECTIONS.map((s) => (
        <section key={s} aria-labelledby={`pristupnost-${s}`} className="space-y-2">
          <h2 id={`pristupnost-${s}`} className="text-lg font-semibold">
            {t(`${s}Title`)}
          </h2>
          <p>{t(s)}</p>
        </section>
      ))}
      <p className="text-sm text-gray-700">{t("prepared")}</p>
      <p>
        <Link href="/prihlaseni" className="underline">
          {t("signIn")}
        </Link>
      </p>
    </main>
  );
}
