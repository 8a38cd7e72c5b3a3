import "server-only";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { canSeeEvent } from "@/lib/recruitment/access";

type AttachmentOwner = {
  progressUpdateId: string | null;
  recruitmentEvent: { organisationId: string; status: string } | null;
};

/** Who may download an attachment: plan attachments follow plan.view; an event's attachments follow recruitment.view
 * and the event's visibility (lib/recruitment/access). */
export function canDownload(user: SessionUser, owner: AttachmentOwner): boolean {
  if (owner.progressUpdateId) return can(user.role, "plan.view");
  const event = owner.recruitmentEvent;
  return !!event && can(user.role, "recruitment.view") && canSeeEvent(user, event);
}
