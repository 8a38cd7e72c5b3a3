import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ProgrammeSummary as Summary } from "@/lib/programmes/overview";
import { ProgrammeSummary } from "./programme-summary";

/** Every programme with its target, confirmed count, fulfilment and tables. */
export async function ProgrammeList({ programmes, canManage }: { programmes: Summary[]; canManage: boolean }) {
  const t = await getTranslations("programmes");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-gray-700">{t("intro")}</p>
        </div>
        {canManage ? (
          <Link href="/nabor/programy/novy" className="btn no-underline">
            {t("new")}
          </Link>
        ) : null}
      </div>
      {programmes.map((p) => (
        <section key={p.id} className="card" aria-labelledby={`programme-${p.id}`} data-programme={p.code}>
          <h2 id={`programme-${p.id}`} className="mb-2 text-lg font-semibold">
            <Link href={`/nabor/programy/${p.id}`}>{p.name}</Link>
          </h2>
          <ProgrammeSummary p={p} />
        </section>
      ))}
    </div>
  );
}
