import { EventsTable } from "@/components/recruitment/events-table";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listEvents } from "@/lib/recruitment/queries";

export default async function RecruitmentPage({ searchParams }: { searchParams: Promise<{ strana?: string }> }) {
  const user = await requirePage("recruitment.view");
  const page = Math.max(1, Math.min(10_000, Number.parseInt((await searchParams).strana ?? "1", 10) || 1));
  return <EventsTable {...await listEvents(page)} page={page} canReview={can(user.role, "event.review")} />;
}
