import { actionRoute } from "@/lib/http/action-route";
import { saveEvent } from "@/lib/recruitment/actions";

/** POST a recruitment event as JSON (the event form's fields plus an idempotencyKey); same rules as the form. */
export function POST(request: Request) {
  return actionRoute(request, saveEvent);
}
