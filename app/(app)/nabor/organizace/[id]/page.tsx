import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EventsTable } from "@/components/recruitment/events-table";
import { Pager } from "@/components/ui/pager";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listEventsFiltered, organisationSummary } from "@/lib/recruitment/event-list";
import { formatNumber } from "@/lib/format";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ strana?: string }> };

export default async function OrganisationPage({ params, searchParams }: Props) {
  const user = await requirePage("recruitment.view");
  const { id } = await params;
  const page = Math.min(10_000, Math.max(1, Number.parseInt((await searchParams).strana ?? "1", 10) || 1));
  const [summary, result] = await Promise.all([
    organisationSummary(id),
    listEventsFiltered({ organisationId: id, page }, user),
  ]);
  if (!summary) notFound();
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <Link href="/nabor" className="text-sm">
        {t("event.back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("organisationPage.title", { name: summary.organisation.name })}</h1>
      {summary.organisation.place ? (
        <p className="text-sm">{t("organisationPage.seat", { place: summary.organisation.place.name })}</p>
      ) : null}
      {summary.organisation.isWorkingGroupMember ? (
        <p className="text-sm">{t("organisationPage.workingGroup")}</p>
      ) : null}
      <p data-testid="organisation-summary">
        {t("organisationPage.summary", {
          count: summary.confirmed,
          reached: formatNumber(summary.reached),
          applicants: summary.applicants,
        })}
      </p>
      <section className="card overflow-x-auto" aria-label={t("recruitment.events")} tabIndex={0}>
        <EventsTable rows={result.rows} canReview={can(user.role, "event.review")} />
        <Pager page={page} pages={result.pages} params={{}} />
      </section>
    </div>
  );
}
