// What a write changes, in the domain's words, and the routes that show it. Every action declares its areas in
// defineAction({ refreshes }); after a successful run defineAction revalidates exactly those routes (and nothing on a
// refusal). Routes are Next's route patterns with the route group, because revalidatePath(…, "layout") matches a
// layout by its file path ("/(app)/nabor" covers every page under app/(app)/nabor/).
//
// Why revalidatePath and not updateTag() or refresh() (next/cache, Next 16): called in a server action, revalidatePath
// makes the client router re-render the current route with fresh data in the action's own response, so a client
// component needs no router.refresh() after a successful action; and unlike updateTag() and refresh(), which throw
// outside server actions, it also works in route handlers (POST /api/v1/events runs the same defineAction). Today
// every page renders per request, so no server cache holds stale data; the per-area lists matter to caches added
// later (issue 18). The rendered-page cache in proxy.ts follows the data version defineAction bumps instead.
import { revalidatePath } from "next/cache";

type Route = readonly [pattern: string, type: "layout" | "page"];

const EVERY_PAGE: Route = ["/", "layout"];
const OVERVIEW: Route = ["/(app)", "page"]; // the dashboard and a member's organisation page
const PLAN: Route = ["/(app)/strategicky-plan", "layout"];
const RECRUITMENT: Route = ["/(app)/nabor", "layout"];
const REPORTS: Route = ["/(app)/reporty", "layout"]; // council report, evaluations, public-page switch
const TASKS: Route = ["/(app)/moje-ukoly", "layout"];
const PUBLIC_PAGE: Route = ["/(public)/verejne", "page"];
/** The audit log lists every write. */
const AUDIT_LOG: Route = ["/(app)/sprava/audit", "page"];

/** Each area with the routes whose pages read its data (from the queries each page calls). */
export const AREA_ROUTES = {
  /** The strategic plan: structure, measures, indicators, progress updates, comments on measures, action plans. */
  plan: [PLAN, REPORTS, TASKS, OVERVIEW],
  /** Yearly evaluations of a plan and their approval. */
  evaluation: [REPORTS],
  /** Recruitment events: logging, review, comments, import. Indicators count events, so the plan shows them too. */
  recruitment: [RECRUITMENT, PLAN, REPORTS, TASKS, PUBLIC_PAGE, OVERVIEW],
  /** Recruitment programmes with their targets, and campaigns. */
  programmes: [RECRUITMENT, REPORTS, OVERVIEW],
  /** Care statistics (children in care, foster families). */
  careStats: [RECRUITMENT, REPORTS, OVERVIEW],
  /** Whether the public page is published. */
  publicPage: [PUBLIC_PAGE, REPORTS],
  /** Organisations: their names and state show beside events, measures and people on every page. */
  organisations: [EVERY_PAGE],
  /** People's accounts (invitations, roles, second factor, reminders): the header shows the signed-in user, and
   * people's names show beside every record. */
  accounts: [EVERY_PAGE],
  /** Code lists (event types): in every recruitment form, filter and figure that groups by them. */
  codeLists: [EVERY_PAGE],
} satisfies Record<string, readonly Route[]>;

export type RefreshArea = keyof typeof AREA_ROUTES;

/** What an action changes: its areas, a function of its result (an import that wrote nothing changes nothing), or
 * `[]` for an action that changes nothing any page shows (reads, sign-out, a dry run). */
export type Refreshes<T> = readonly RefreshArea[] | ((data: T) => readonly RefreshArea[]);

/** The routes to revalidate after a write to these areas, each once (none when nothing changed). */
export function routesOf(areas: readonly RefreshArea[]): Route[] {
  if (areas.length === 0) return [];
  const routes = new Set<Route>([...areas.flatMap((area) => AREA_ROUTES[area]), AUDIT_LOG]);
  return routes.has(EVERY_PAGE) ? [EVERY_PAGE] : [...routes];
}

/** Called by defineAction only, after a successful run. */
export function revalidateAreas(areas: readonly RefreshArea[]): void {
  for (const [pattern, type] of routesOf(areas)) revalidatePath(pattern, type);
}
