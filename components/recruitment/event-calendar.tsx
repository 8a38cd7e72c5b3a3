import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { EventRow } from "@/lib/recruitment/event-list";
import { formatDate } from "@/lib/format";

/** A year's planned and realised events, month by month. */
export async function EventCalendar({ year, events }: { year: number; events: EventRow[] }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const monthName = (m: number) =>
    new Intl.DateTimeFormat(locale === "cs" ? "cs-CZ" : "en-GB", { month: "long", timeZone: "UTC" }).format(
      new Date(Date.UTC(year, m, 1)),
    );
  const months = Array.from({ length: 12 }, (_, m) => ({
    m,
    events: events.filter((e) => e.startDate.getUTCMonth() === m),
  }));
  return (
    <div className="space-y-4">
      <Link href="/nabor" className="text-sm">
        {t("event.back")}
      </Link>
      <h1 className="text-2xl font-semibold">
        {t("eventCalendar.title")} – {t("eventCalendar.year", { year })}
      </h1>
      <nav aria-label={t("eventCalendar.title")} className="flex gap-4 text-sm">
        <Link href={`?rok=${year - 1}`} rel="prev">
          {t("eventCalendar.previous")}
        </Link>
        <Link href={`?rok=${year + 1}`} rel="next">
          {t("eventCalendar.next")}
        </Link>
      </nav>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {months.map(({ m, events: list }) => (
          <section key={m} className="card" aria-labelledby={`month-${m}`}>
            <h2 id={`month-${m}`} className="font-semibold capitalize">
              {monthName(m)}{" "}
              <span className="text-sm font-normal text-gray-700">
                ({t("eventCalendar.count", { count: list.length })})
              </span>
            </h2>
            {list.length === 0 ? (
              <p className="text-sm text-gray-700">{t("eventCalendar.empty")}</p>
            ) : (
              <ul className="mt-2 space-y-1 text-sm">
                {list.map((e) => (
                  <li
                    key={e.id}
                    className={
                      e.realisation === "PLANNED"
                        ? "border-l-4 border-dashed border-amber-600 pl-2"
                        : "border-l-4 border-blue-700 pl-2"
                    }
                  >
                    <span className="font-medium">{formatDate(e.startDate, locale)}</span>{" "}
                    <Link href={`/nabor/akce/${e.id}`}>{e.title}</Link>
                    <span className="block text-xs text-gray-700">
                      {e.organisation.name} ·{" "}
                      {t(e.realisation === "PLANNED" ? "eventCalendar.planned" : "eventCalendar.realised")} ·{" "}
                      {t(`review.${e.status}`)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
