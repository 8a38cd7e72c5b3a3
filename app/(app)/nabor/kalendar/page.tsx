import { EventCalendar } from "@/components/recruitment/event-calendar";
import { requirePage } from "@/lib/auth/guard";
import { eventsOfYear } from "@/lib/recruitment/event-list";
import { currentYear } from "@/lib/clock";

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ rok?: string }> }) {
  const user = await requirePage("recruitment.view");
  const requested = Number.parseInt((await searchParams).rok ?? "", 10);
  const year = requested >= 2000 && requested <= 2100 ? requested : currentYear();
  return <EventCalendar year={year} events={await eventsOfYear(year, user)} />;
}
