import { EventForm } from "@/components/recruitment/event-form";
import { requirePage } from "@/lib/auth/guard";
import { eventOptions } from "@/lib/recruitment/event-list";
import { eventEditForm } from "@/lib/recruitment/event-form-data";

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("event.log");
  const [data, options] = await Promise.all([eventEditForm((await params).id, user), eventOptions()]);
  return <EventForm {...data} options={options} />;
}
