import { EventForm } from "@/components/recruitment/event-form";
import { requirePage } from "@/lib/auth/guard";
import { eventOptions } from "@/lib/recruitment/event-list";
import { eventEditForm } from "@/lib/recruitment/event-form-data";

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("event.log");
  const data = await eventEditForm((await params).id, user);
  // The event keeps its organisation and partners in the choices even when they have been deactivated since.
  const options = await eventOptions([data.initial.organisationId, ...(data.initial.partnerIds ?? [])]);
  return <EventForm {...data} options={options} />;
}
