import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { upcomingWindow, type Upcoming } from "@/lib/tasks/upcoming";

/** "Do 60 dnů" on "Moje úkoly": what falls due from today to day 60, by date. */
export async function UpcomingList({ items, today }: { items: Upcoming[]; today: Date }) {
  const t = await getTranslations("myOrganisation.upcoming");
  const locale = await getLocale();
  return (
    <section className="card" aria-labelledby="upcoming-heading" data-testid="upcoming">
      <h2 id="upcoming-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-3 text-sm text-gray-700">{t("hint", { date: formatDate(upcomingWindow(today).to, locale) })}</p>
      {items.length === 0 ? (
        <p className="text-sm">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-gray-200">
          {items.map((item) => (
            <li
              key={`${item.kind}-${item.id}`}
              className="grid items-baseline gap-x-4 gap-y-1 py-2 sm:grid-cols-[7rem_12rem_1fr]"
              data-kind={item.kind}
            >
              <span className="text-sm font-medium tabular-nums">{formatDate(item.date, locale)}</span>
              <span className="text-sm text-gray-700">{t(`kinds.${item.kind}`)}</span>
              <Link href={item.href} className="break-words">
                {item.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
