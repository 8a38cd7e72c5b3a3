// What the audit log knows about the records it describes: which message names a field, which translation an enum
// value takes, which other record an id points to, and which fields people never see. Labels are message keys,
// reused from the forms where the form has the field.

/** Records an id can be resolved to (a name, and a page where one exists). */
export type RefKind =
  | "RecruitmentEvent"
  | "Measure"
  | "Programme"
  | "Plan"
  | "PriorityArea"
  | "Goal"
  | "Indicator"
  | "ActionPlan"
  | "ActionPlanActivity"
  | "Campaign"
  | "EventType"
  | "User"
  | "Organisation"
  | "Place"
  | "Evaluation";

export type FieldSpec = { label: string; enum?: string; ref?: RefKind };

/** Never shown, not even in the raw data: credentials. */
export const SECRET = /password|hash|secret|token/i;

/** Bookkeeping nobody reads: ids, versions, search keys, file bytes. */
export const HIDDEN = new Set([
  "id",
  "version",
  "createdAt",
  "updatedAt",
  "searchText",
  "idempotencyKey",
  "importKey",
  "content",
  "bytes",
  "sha256",
  "snapshot",
  "update",
  "sessionsValidFrom",
  "passwordChangedAt",
  "key",
]);

const f = (label: string, extra: Omit<FieldSpec, "label"> = {}): FieldSpec => ({ label, ...extra });

/** Fields by name, the same in every record that has them. */
const COMMON: Record<string, FieldSpec> = {
  title: f("nodeForm.title"),
  name: f("planForm.name"),
  description: f("nodeForm.description"),
  code: f("plan.code"),
  year: f("actionPlans.year"),
  sortOrder: f("admin.sortOrder"),
  order: f("admin.sortOrder"),
  active: f("admin.active"),
  email: f("admin.email"),
  role: f("admin.role", { enum: "roles" }),
  organisationId: f("admin.organisation", { ref: "Organisation" }),
  responsibleOrgId: f("measureForm.responsibleOrg", { ref: "Organisation" }),
  programmeId: f("recruitment.programme", { ref: "Programme" }),
  sourceProgrammeId: f("measure.sourceProgramme", { ref: "Programme" }),
  eventTypeId: f("eventForm.type", { ref: "EventType" }),
  sourceTypes: f("measure.sourceTypes", { ref: "EventType" }),
  campaignId: f("eventForm.campaign", { ref: "Campaign" }),
  placeId: f("eventForm.place", { ref: "Place" }),
  sourcePlaceId: f("measure.sourcePlace", { ref: "Place" }),
  planId: f("audit.field.plan", { ref: "Plan" }),
  previousPlanId: f("planForm.previousPlan", { ref: "Plan" }),
  areaId: f("plan.area", { ref: "PriorityArea" }),
  goalId: f("measureForm.goal", { ref: "Goal" }),
  measureId: f("plan.measure", { ref: "Measure" }),
  actionPlanId: f("audit.entity.ActionPlan", { ref: "ActionPlan" }),
  carriedOverFromId: f("audit.field.carriedOverFrom", { ref: "Measure" }),
  from: f("audit.field.carriedOverFrom", { ref: "Measure" }),
  copiedFromId: f("actionPlans.copiedFrom", { ref: "ActionPlanActivity" }),
  createdById: f("audit.field.createdBy", { ref: "User" }),
  reviewedById: f("audit.field.reviewedBy", { ref: "User" }),
  approvedById: f("audit.field.approvedBy", { ref: "User" }),
  updatedById: f("audit.field.updatedBy", { ref: "User" }),
  startDate: f("eventForm.startDate"),
  endDate: f("eventForm.endDate"),
  deadline: f("measureForm.deadline"),
  municipality: f("eventForm.municipality"),
  audience: f("eventForm.audience", { enum: "recruitment.audience" }),
  realisation: f("eventForm.realisation", { enum: "realisation" }),
  peopleReached: f("recruitment.reached"),
  costHaler: f("recruitment.cost"),
  inquiries: f("recruitment.inquiries"),
  applicants: f("recruitment.applicants"),
  reviewComment: f("event.reviewComment"),
  reviewedAt: f("audit.field.reviewedAt"),
  archivedAt: f("audit.field.archivedAt"),
  approvedAt: f("audit.field.approvedAt"),
  attachments: f("event.attachments"),
  responsibleBody: f("measureForm.responsibleBody"),
  responsible: f("actionPlans.responsible"),
  plannedBudgetHaler: f("measure.plannedBudget"),
  spentBudgetHaler: f("measure.spentBudget"),
  fundingSources: f("measureForm.fundingSources"),
  statusReason: f("measureForm.statusReason"),
  progressPercent: f("measureForm.progressPercent"),
  weight: f("measureForm.weight"),
  unit: f("measure.unit"),
  direction: f("measure.direction", { enum: "measure.directionValue" }),
  baselineValue: f("measure.baseline"),
  baselineYear: f("measure.baselineYear"),
  targetValue: f("measure.target"),
  targetDate: f("measure.targetDate"),
  yearlyTargets: f("measure.yearlyTargets"),
  source: f("measure.sourceLabel", { enum: "measure.sourceValue" }),
  sourceCareKind: f("measure.sourceCareKind", { enum: "careStats.kind" }),
  sourceCareFigure: f("measure.sourceCareFigure", { enum: "measure.careFigure" }),
  values: f("measure.newValues"),
  indicatorText: f("actionPlans.add.indicator"),
  adoptedOn: f("planForm.adoptedOn"),
  adoptedBy: f("planForm.adoptedBy", { enum: "plan.body" }),
  resolutionNo: f("planForm.resolutionNo"),
  approvedOn: f("actionPlans.approve.approvedOn"),
  yearFrom: f("planForm.yearFrom"),
  yearTo: f("planForm.yearTo"),
  periodStart: f("programmes.form.periodStart"),
  periodEnd: f("programmes.form.periodEnd"),
  totalTarget: f("programmes.form.totalTarget"),
  participants: f("programmes.form.participants"),
  nameCs: f("admin.nameCs"),
  nameEn: f("admin.nameEn"),
  parentId: f("campaigns.form.parent", { ref: "Campaign" }),
  quarter: f("careStats.quarter"),
  careKind: f("audit.field.careKind", { enum: "careStats.kind" }),
  applicationsFiled: f("careStats.field.applicationsFiled"),
  applicantsRegistered: f("careStats.field.applicantsRegistered"),
  childrenPlaced: f("careStats.field.childrenPlaced"),
  summary: f("evaluation.summaryLabel"),
  asOf: f("audit.field.asOf"),
  value: f("measure.value"),
  indicatorId: f("measure.indicator", { ref: "Indicator" }),
  measuredOn: f("measure.date"),
  note: f("measure.note"),
  emailReminders: f("audit.field.emailReminders"),
  week: f("audit.field.week"),
  items: f("audit.field.items"),
  copied: f("audit.field.copied"),
};

/** Where a field means something else in one kind of record. */
const BY_ENTITY: Record<string, Record<string, FieldSpec>> = {
  RecruitmentEvent: {
    title: f("eventForm.title"),
    status: f("recruitment.status", { enum: "review" }),
    organisationId: f("recruitment.organisation", { ref: "Organisation" }),
  },
  Measure: {
    title: f("measureForm.title"),
    code: f("measureForm.code"),
    startDate: f("measureForm.startDate"),
    status: f("measureForm.status", { enum: "status" }),
  },
  ActionPlanActivity: {
    title: f("actionPlans.add.title"),
    status: f("actionPlans.status", { enum: "status" }),
    organisationId: f("actionPlans.add.organisation", { ref: "Organisation" }),
  },
  Plan: { state: f("planForm.state", { enum: "plan.state" }) },
  ActionPlan: { state: f("actionPlans.status", { enum: "actionPlans.state" }) },
  Indicator: { name: f("measure.indicator") },
  User: { name: f("admin.name"), sent: f("people.audit.sent"), expiresAt: f("people.audit.expiresAt") },
  Campaign: {
    name: f("campaigns.form.name"),
    startDate: f("campaigns.form.startDate"),
    endDate: f("campaigns.form.endDate"),
  },
  Setting: { value: f("audit.field.settingValue") },
  Evaluation: { version: f("evaluation.version") },
  Organisation: {
    name: f("organisations.field.name"),
    shortName: f("organisations.field.shortName"),
    ico: f("organisations.field.ico"),
    kind: f("organisations.field.kind", { enum: "admin.kind" }),
    placeId: f("organisations.field.placeId", { ref: "Place" }),
    isWorkingGroupMember: f("organisations.field.workingGroup"),
  },
};

/** Actions whose label lives with their feature rather than under "audit.action". */
export const ACTION_LABELS: Record<string, string> = {
  invitation_sent: "people.audit.action.invitation_sent",
  deactivate: "people.audit.action.deactivate",
  reactivate: "people.audit.action.reactivate",
  sso_refused: "sso.audit.action.sso_refused",
};

/** A field's spec in a record, or a label of its own name when nothing is known about it. */
export function fieldSpec(entity: string, field: string): FieldSpec {
  return BY_ENTITY[entity]?.[field] ?? COMMON[field] ?? { label: `audit.field.${field}` };
}

/** The visible version number of an evaluation is a field people read; elsewhere "version" is bookkeeping. */
export const isHidden = (entity: string, field: string) =>
  SECRET.test(field) || (HIDDEN.has(field) && !BY_ENTITY[entity]?.[field]);
