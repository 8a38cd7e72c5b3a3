// One audit entry as people read it: who did what to which record, and each changed field as "před → po" with
// Czech labels and values formatted as in the rest of the UI. Pure: names of linked records come from `nameOf`.
import type { Locale } from "@/i18n/config";
import { formatDate, formatDateTime, formatMoney, formatNumber } from "@/lib/format";
import { ACTION_LABELS, fieldSpec, isHidden, SECRET, type FieldSpec, type RefKind } from "./fields";

/** A message by its full key, or undefined when there is none. */
export type Translate = (key: string, values?: Record<string, string | number>) => string | undefined;
export type RecordName = { name: string; href?: string };
export type NameOf = (kind: RefKind, id: string) => RecordName | undefined;

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  entity: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  ip: string | null;
  user: { id: string; name: string; role: string } | null;
};
export type Change = { field: string; label: string; before: string; after: string };
export type AuditView = {
  id: string;
  when: string;
  who: string;
  role: string | null;
  ip: string | null;
  action: string;
  entity: string;
  record: RecordName | null;
  changes: Change[];
  raw: { before: string | null; after: string | null };
};
export type Context = { t: Translate; locale: Locale; nameOf: NameOf };

export const EMPTY = "—";
const REF_KINDS = new Set<string>([
  "RecruitmentEvent",
  "Measure",
  "Programme",
  "Plan",
  "PriorityArea",
  "Goal",
  "Indicator",
  "ActionPlan",
  "ActionPlanActivity",
  "Campaign",
  "EventType",
  "User",
  "Organisation",
  "Place",
  "Evaluation",
]);
export const refKindOf = (entity: string) => (REF_KINDS.has(entity) ? (entity as RefKind) : undefined);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

export function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** One value in the app's formats; nested records become "Label: value" pairs. */
export function formatValue(
  entity: string,
  field: string,
  value: unknown,
  ctx: Context,
  spec: FieldSpec = fieldSpec(entity, field),
): string {
  const { t, locale } = ctx;
  if (value === null || value === undefined || value === "") return EMPTY;
  if (Array.isArray(value))
    return value.length
      ? value.map((v) => formatValue(entity, field, v, ctx, spec)).join(isObject(value[0]) ? "; " : ", ")
      : EMPTY;
  if (isObject(value)) {
    const parts = Object.entries(value).filter(([k]) => !isHidden(entity, k));
    return parts.map(([k, v]) => `${labelOf(entity, k, t)}: ${formatValue(entity, k, v, ctx)}`).join(", ") || EMPTY;
  }
  if (typeof value === "boolean") return t(value ? "audit.yes" : "audit.no") ?? String(value);
  const text = String(value);
  if (spec.enum) return t(`${spec.enum}.${text}`) ?? text;
  if (spec.ref) return ctx.nameOf(spec.ref, text)?.name ?? text;
  if (field.endsWith("Haler") && /^-?\d+$/.test(text)) return formatMoney(BigInt(text), locale);
  if (typeof value === "string" && ISO.test(value)) {
    const date = new Date(value);
    // Calendar dates are kept at 00:00 UTC; anything else is an instant, shown in Prague time.
    const calendar = !field.endsWith("At") && date.getTime() % 86_400_000 === 0;
    return calendar ? formatDate(date, locale) : formatDateTime(date, locale);
  }
  if (typeof value === "number") return formatNumber(value, locale);
  return text;
}

const labelOf = (entity: string, field: string, t: Translate) => t(fieldSpec(entity, field).label) ?? field;

/** The fields the entry set, each with its value before; unchanged and technical fields are left out. */
export function changesOf(entity: string, before: unknown, after: unknown, ctx: Context): Change[] {
  if (!isObject(after)) return [];
  const old = isObject(before) ? before : {};
  return Object.entries(after).flatMap(([field, value]) => {
    if (isHidden(entity, field) || JSON.stringify(old[field] ?? null) === JSON.stringify(value ?? null)) return [];
    const change = {
      field,
      label: labelOf(entity, field, ctx.t),
      before: formatValue(entity, field, old[field], ctx),
      after: formatValue(entity, field, value, ctx),
    };
    return change.before === change.after ? [] : [change];
  });
}

/** Static pages of records that have no id of their own. */
const RECORD_PAGES: Record<string, string> = {
  Setting: "/reporty/rada/verejna-stranka",
  CareStatistic: "/nabor/statistiky",
};

function recordOf(row: AuditRow, before: unknown, after: unknown, ctx: Context): RecordName | null {
  const kind = refKindOf(row.entity);
  const known = kind && row.entityId ? ctx.nameOf(kind, row.entityId) : undefined;
  if (known) return known;
  const page = RECORD_PAGES[row.entity];
  if (row.entity === "Setting" && row.entityId)
    return { name: ctx.t(`audit.setting.${row.entityId}`) ?? row.entityId, href: page };
  if (row.entity === "CareStatistic" && row.entityId) {
    const [year, quarter] = row.entityId.split("/");
    return {
      name: quarter && quarter !== "0" ? (ctx.t("careStats.quarterOf", { year, quarter }) ?? row.entityId) : year,
      href: page,
    };
  }
  // A record gone from the database (or a failed sign-in with an unknown e-mail): its name as the entry kept it.
  const kept = [after, before].find(isObject);
  const name = kept && ["title", "name", "email", "code"].map((k) => kept[k]).find((v) => typeof v === "string");
  return typeof name === "string" ? { name } : row.entityId ? { name: row.entityId } : null;
}

/** Hides credentials in the raw data too. */
export const rawJson = (value: unknown) =>
  value === null ? null : JSON.stringify(value, (key, v) => (key && SECRET.test(key) ? "***" : v), 2);

export function describeEntry(row: AuditRow, ctx: Context): AuditView {
  const before = parseJson(row.before);
  const after = parseJson(row.after);
  return {
    id: row.id,
    when: formatDateTime(row.createdAt, ctx.locale),
    who: row.user?.name ?? ctx.t("audit.system") ?? "—",
    role: row.user ? (ctx.t(`roles.${row.user.role}`) ?? row.user.role) : null,
    ip: row.ip,
    action: ctx.t(ACTION_LABELS[row.action] ?? `audit.action.${row.action}`) ?? row.action,
    entity: ctx.t(`audit.entity.${row.entity}`) ?? row.entity,
    record: recordOf(row, before, after, ctx),
    changes: changesOf(row.entity, before, after, ctx),
    raw: { before: rawJson(before), after: rawJson(after) },
  };
}
