// The one table of who may do what. Every page, route handler and server action asks `can()` with one of these
// permissions; anything not listed is denied.
import type { Role } from "@/lib/db/generated/sqlite/enums";

export const ROLES = ["ADMIN", "COORDINATOR", "MEMBER", "COUNCIL"] as const satisfies readonly Role[];

const EVERYONE: readonly Role[] = ROLES;

export const PERMISSIONS = {
  // Anyone signed in: their own account (password, sessions, second factor) and their own reminders and tasks.
  signedIn: EVERYONE,
  // The overview (Přehled, "/") and the page that explains its signal.
  "overview.view": EVERYONE,
  // Reading the strategic plan: areas, goals, measures, action plans, progress updates and their attachments.
  "plan.view": EVERYONE,
  // Plan periods: creating and editing a plan (its years, adoption, state).
  "planPeriods.manage": ["ADMIN", "COORDINATOR"],
  // Writing the plan's content: priority areas, goals, measures with their indicators and targets, the measures import.
  "plan.write": ["COORDINATOR"],
  // Yearly action plans: their activities, budgets and approval.
  "actionPlans.write": ["COORDINATOR"],
  // Preparing the yearly evaluation (saving its versions).
  "evaluation.prepare": ["COORDINATOR"],
  // Approving a yearly evaluation: freezes its figures.
  "evaluation.approve": ["COORDINATOR"],
  // Posting a progress update on a measure; members only on their organisation's measures (lib/plan/reporting).
  "progress.post": ["COORDINATOR", "MEMBER"],
  // Reading recruitment: events (as lib/recruitment/access lets each user see them), calendar, campaigns,
  // programmes, care statistics, the events export and event attachments.
  "recruitment.view": EVERYONE,
  // Logging and editing recruitment events, also by import; members only their organisation's (lib/recruitment/access).
  "event.log": ["MEMBER", "COORDINATOR"],
  // Confirming or returning submitted events (the review queue).
  "event.review": ["COORDINATOR"],
  // Recruitment programmes (NRP plans) and their targets.
  "programmes.manage": ["COORDINATOR"],
  // Recruitment campaigns and their weeks.
  "campaigns.manage": ["COORDINATOR"],
  // The statistics of substitute family care (figures per period).
  "careStatistics.manage": ["COORDINATOR"],
  // Reports: the council report and the yearly evaluations, on screen and as downloads.
  "reports.view": EVERYONE,
  // A comment on a record the user may see (checked per record, lib/conversation).
  "comment.add": EVERYONE,
  // The administration overview (Správa).
  "admin.view": ["ADMIN"],
  // The audit log and its export.
  "auditLog.view": ["ADMIN"],
  // People: invite, change, deactivate; reset their second factor; the second-factor policy.
  "users.manage": ["ADMIN"],
  // The organisations register.
  "organisations.manage": ["ADMIN"],
  // Code lists (event types).
  "codelists.manage": ["ADMIN"],
  // Turning the public page on or off.
  "publicPage.manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | undefined | null, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
