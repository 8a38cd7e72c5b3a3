import { getTranslations } from "next-intl/server";
import { PageOrFileLink } from "@/components/ui/page-or-file-link";
import type { EventFilters, EventOptions, EventPage } from "@/lib/recruitment/event-list";
import { EventsTable } from "./events-table";
import { EventFilterForm } from "./event-filters";
import { EventPager } from "./event-pager";

type Props = {
  result: EventPage;
  options: EventOptions;
  filters: EventFilters;
  params: Record<string, string | undefined>;
  canLog: boolean;
  canReview: boolean;
};

export async function RecruitmentHome({ result, options, filters, params, canLog, canReview }: Props) {
  const t = await getTranslations("recruitment");
  const query = new URLSearchParams(
    Object.entries(params).filter(([k, v]) => v && !["strana", "po", "pred"].includes(k)) as [string, string][],
  ).toString();
  const links = [
    { href: "/nabor/akce/nova", label: t("newEvent"), show: canLog },
    { href: "/nabor/kalendar", label: t("calendar"), show: true },
    { href: "/nabor/programy", label: t("programmesLink"), show: true },
    { href: "/nabor/kampane", label: t("campaignsLink"), show: true },
    { href: "/nabor/statistiky", label: t("statsLink"), show: true },
    { href: "/nabor/import", label: t("importLink"), show: canLog },
    { href: `/api/export/events?format=xlsx&${query}`, label: t("exportXlsx"), show: true },
    { href: `/api/export/events?format=csv&${query}`, label: t("exportCsv"), show: true },
  ];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {links
          .filter((l) => l.show)
          .map((l) => (
            <li key={l.href}>
              <PageOrFileLink href={l.href}>{l.label}</PageOrFileLink>
            </li>
          ))}
      </ul>
      <EventFilterForm filters={filters} options={options} />
      <section className="card overflow-x-auto" aria-labelledby="events-heading">
        <h2 id="events-heading" className="mb-1 text-lg font-semibold">
          {t("events")}
        </h2>
        <p className="mb-2 text-sm" data-testid="event-count">
          {t(result.more ? "foundMore" : "found", { count: result.total })}
        </p>
        <EventsTable rows={result.rows} canReview={canReview} />
        {result.clamped ? <p className="mt-2 text-sm">{t("pageBound", { page: result.page })}</p> : null}
        <EventPager result={result} params={params} />
      </section>
    </div>
  );
}
