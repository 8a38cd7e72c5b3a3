import { RecruitmentHome } from "@/components/recruitment/recruitment-home";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { eventOptions, listEventsFiltered, parseEventFilters } from "@/lib/recruitment/event-list";
import { firstValues } from "@/lib/url-params";

export default async function RecruitmentPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePage("recruitment.view");
  const params = firstValues(await searchParams);
  const filters = parseEventFilters(params);
  // A filter on a deactivated organisation (a link from its page, an old bookmark) keeps it among the choices.
  const [result, options] = await Promise.all([
    listEventsFiltered(filters, user),
    eventOptions([filters.organisationId]),
  ]);
  return (
    <RecruitmentHome
      result={result}
      options={options}
      filters={filters}
      params={params}
      canLog={can(user.role, "event.log")}
      canReview={can(user.role, "event.review")}
    />
  );
}
