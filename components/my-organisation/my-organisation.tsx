import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MyOrganisation as Data } from "@/lib/my-organisation/queries";
import { EventStates } from "./event-states";
import { ProgrammeShare } from "./programme-share";
import { ReportedMeasures } from "./reported-measures";

export const REGIONAL_HREF = "/?pohled=kraj";

/** A member's landing page: their organisation's events, share of the programme and measures; the region one click away. */
export async function MyOrganisation({ data }: { data: Data }) {
  const t = await getTranslations("myOrganisation");
  return (
    <div className="space-y-6" data-testid="my-organisation" data-organisation={data.organisation.id}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title", { name: data.organisation.name })}</h1>
          <p className="mt-1 max-w-3xl text-gray-700">{t("intro")}</p>
        </div>
        <Link href={REGIONAL_HREF} className="btn">
          {t("regional")}
        </Link>
      </div>
      <EventStates data={data} />
      <ProgrammeShare share={data.share} />
      <ReportedMeasures measures={data.measures} />
    </div>
  );
}

/** Above the regional view, for a member: the way back to their organisation. */
export async function BackToMine() {
  const t = await getTranslations("myOrganisation");
  return (
    <p>
      <Link href="/">{t("backToMine")}</Link>
    </p>
  );
}
