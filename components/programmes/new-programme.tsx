import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { newProgrammeValues } from "@/lib/programmes/form-values";
import type { programmeFormOptions } from "@/lib/programmes/overview";
import { ProgrammeForm } from "./programme-form";

/** The coordinator's form for a new programme (e.g. the next five-year recruitment plan). */
export async function NewProgramme({ options }: { options: Awaited<ReturnType<typeof programmeFormOptions>> }) {
  const t = await getTranslations("programmes");
  const locale = await getLocale();
  return (
    <div className="space-y-4">
      <Link href="/nabor/programy" className="text-sm">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("new")}</h1>
      <div className="card">
        <ProgrammeForm
          initial={newProgrammeValues(options.places)}
          eventTypes={options.eventTypes}
          places={options.places}
          locale={locale}
        />
      </div>
    </div>
  );
}
