import { EventForm } from "@/components/recruitment/event-form";
import { requirePage } from "@/lib/auth/guard";
import { eventOptions } from "@/lib/recruitment/event-list";
import { newEventForm } from "@/lib/recruitment/event-form-data";

export default async function NewEventPage() {
  const user = await requirePage("event.log");
  const options = await eventOptions();
  return <EventForm {...await newEventForm(user, options.programmes)} options={options} />;
}
