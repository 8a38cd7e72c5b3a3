import { getLocale, getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/format";
import { perParticipant } from "@/lib/programmes/targets";

type Shared = { name: string; totalTarget: number; confirmed: number; participants: number | null };

/** A target shared by several people (KA1: 144 seminars, 12 workers): target and confirmed count per person, e.g.
 * "Cíl sdílí 12 osob: 12 aktivit na osobu, potvrzeno 11,8 aktivity na osobu." Nothing when the target is not shared. */
export async function PerParticipant({ p, withName = false }: { p: Shared; withName?: boolean }) {
  const target = perParticipant(p.totalTarget, p.participants);
  const actual = perParticipant(p.confirmed, p.participants);
  if (target === null || actual === null) return null;
  const t = await getTranslations("programmes");
  const locale = await getLocale();
  const count = (n: number) => t("perParticipantCount", { count: n, n: formatNumber(n, locale) });
  return (
    <p className="text-sm" data-testid="per-participant">
      {withName ? <span className="font-semibold">{p.name}: </span> : null}
      {t("perParticipant", { participants: p.participants!, target: count(target), actual: count(actual) })}
    </p>
  );
}
