import { actionRoute } from "@/lib/http/action-route";
import { saveEvent } from "@/lib/recruitment/actions";
import { logged } from "@/lib/log/route";

/** POST a recruitment event as JSON (the event form's fields plus an idempotencyKey); same rules as the form. */
export const POST = logged("v1.events.create", (request: Request) => actionRoute(request, saveEvent));
