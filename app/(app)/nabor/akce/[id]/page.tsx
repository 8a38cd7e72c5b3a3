import { EventDetail } from "@/components/recruitment/event-detail";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { canEditEvent } from "@/lib/recruitment/access";
import { eventDetail } from "@/lib/recruitment/event-detail";

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("recruitment.view");
  const event = await eventDetail((await params).id, user);
  return (
    <EventDetail
      event={event}
      canEdit={can(user.role, "event.log") && canEditEvent(user, event)}
      canReview={can(user.role, "event.review")}
    />
  );
}
