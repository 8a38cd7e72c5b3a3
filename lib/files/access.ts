import "server-only";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";

type AttachmentOwner = {
  progressUpdateId: string | null;
  recruitmentEvent: { organisationId: string; status: string } | null;
};

/** Who may download an attachment: plan attachments follow plan.view; an event's attachments are visible to its own
 * organisation, the coordinator, admin and council, and to other members only once the event is confirmed. */
export function canDownload(user: SessionUser, owner: AttachmentOwner): boolean {
  if (owner.progressUpdateId) return can(user.role, "plan.view");
  const event = owner.recruitmentEvent;
  if (!event || !can(user.role, "recruitment.view")) return false;
  return user.role !== "MEMBER" || event.organisationId === user.organisationId || event.status === "CONFIRMED";
}
