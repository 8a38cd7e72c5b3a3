import { getLocale, getTranslations } from "next-intl/server";
import { formatPercent } from "@/lib/format";
import type { MyOrganisation } from "@/lib/my-organisation/queries";
import { Progress } from "@/components/ui/progress";

/** The organisation's confirmed counted activities against the running programme's count, target and sub-targets. */
export async function ProgrammeShare({ share }: { share: MyOrganisation["share"] }) {
  const t = await getTranslations("myOrganisation.share");
  const locale = await getLocale();
  if (!share)
    return (
      <section className="card" aria-label={t("heading")}>
        <p>{t("none")}</p>
      </section>
    );
  const { programme } = share;
  const pct = (part: number, whole: number) => formatPercent(whole > 0 ? part / whole : 0, locale);
  const summary = t("summary", {
    mine: share.confirmed,
    total: programme.confirmed,
    share: pct(share.confirmed, programme.confirmed),
    target: programme.totalTarget,
  });
  const rows = [
    {
      key: "whole",
      name: t("whole"),
      target: programme.totalTarget,
      programme: programme.confirmed,
      mine: share.confirmed,
    },
    ...share.years.map((y) => ({
      key: `y${y.year}`,
      name: t("year", { year: y.year }),
      target: y.target,
      programme: y.programme,
      mine: y.mine,
    })),
    ...share.places.map((p) => ({
      key: p.placeId,
      name: p.kind === "DISTRICT" ? t("district", { name: p.name }) : p.name,
      target: p.target,
      programme: p.programme,
      mine: p.mine,
    })),
  ];
  return (
    <section
      className="card space-y-3"
      aria-labelledby="share-heading"
      data-testid="programme-share"
      data-confirmed={share.confirmed}
      data-programme={programme.id}
    >
      <h2 id="share-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-gray-700">{programme.name}</p>
      <p className="text-xl font-semibold" data-testid="share-summary">
        {summary}
      </p>
      <Progress value={share.confirmed} max={programme.totalTarget} label={summary} />
      {/* Narrow screens: one line of figures per target instead of a four-column table that would not fit. */}
      <ul className="divide-y divide-gray-200 text-sm sm:hidden" aria-label={t("caption")}>
        {rows.map((r) => (
          <li key={r.key} className="py-2">
            <span className="font-medium">{r.name}</span>
            <span className="block tabular-nums text-gray-800">
              {t("line", {
                target: r.target,
                programme: r.programme,
                mine: t("mineCell", { mine: r.mine, share: pct(r.mine, r.programme) }),
              })}
            </span>
          </li>
        ))}
      </ul>
      <table className="table table-numbers hidden sm:table" data-testid="share-targets">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("target")}</th>
            <th scope="col">{t("targetValue")}</th>
            <th scope="col">{t("programme")}</th>
            <th scope="col">{t("mine")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <td>{r.target}</td>
              <td>{r.programme}</td>
              <td className="whitespace-nowrap">{t("mineCell", { mine: r.mine, share: pct(r.mine, r.programme) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
