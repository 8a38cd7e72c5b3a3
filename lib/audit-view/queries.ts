import "server-only";
// The audit log read for people: one page of entries (newest first) or, for a download, every entry under the
// filters up to a cap, each described by describeEntry with the linked records' names loaded per batch.
import type { Locale } from "@/i18n/config";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { describeEntry, type AuditView, type Translate } from "./describe";
import { auditWhere, type AuditFilters } from "./filters";
import { ACTION_LABELS } from "./fields";
import { loadNames } from "./names";
import { translatorFor } from "./translate";
import { compareText, sortByName } from "@/lib/sort/collate";

export const AUDIT_PAGE_SIZE = 50;
/** The most entries one download holds. */
export const EXPORT_MAX = 10_000;
const EXPORT_BATCH = 500;

const rowSelect = {
  id: true,
  createdAt: true,
  action: true,
  entity: true,
  entityId: true,
  before: true,
  after: true,
  ip: true,
  user: { select: { id: true, name: true, role: true } },
} satisfies Prisma.AuditLogSelect;
type Row = Prisma.AuditLogGetPayload<{ select: typeof rowSelect }>;
const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

async function describeAll(rows: Row[], t: Translate, locale: Locale): Promise<AuditView[]> {
  const nameOf = await loadNames(rows, locale);
  return rows.map((row) => describeEntry(row, { t, locale, nameOf }));
}

/** One page of the log with what the filter form offers (record types and actions that occur, people). */
export async function auditPage(f: AuditFilters, locale: Locale) {
  const where = auditWhere(f);
  const [total, rows, entities, actions, users, t] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: newestFirst,
      skip: (f.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: rowSelect,
    }),
    db.auditLog.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } }),
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.user.findMany({ select: { id: true, name: true } }).then(sortByName),
    translatorFor(locale),
  ]);
  const label = (prefix: string, code: string): [string, string] => [code, t(`${prefix}.${code}`) ?? code];
  return {
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    entries: await describeAll(rows, t, locale),
    entities: entities.map((e) => label("audit.entity", e.entity)).sort((a, b) => compareText(a[1], b[1], locale)),
    actions: actions
      .map((a): [string, string] => [a.action, t(ACTION_LABELS[a.action] ?? `audit.action.${a.action}`) ?? a.action])
      .sort((a, b) => compareText(a[1], b[1], locale)),
    users: users.map((u): [string, string] => [u.id, u.name]),
  };
}

/** Entries under the filters, newest first, in batches read with a keyset cursor; stops after `max`. */
export async function* auditBatches(
  f: AuditFilters,
  locale: Locale,
  max = EXPORT_MAX,
  size = EXPORT_BATCH,
): AsyncGenerator<{ entries: AuditView[]; capped: boolean }> {
  const t = await translatorFor(locale);
  let last: Row | undefined;
  for (let read = 0; read < max;) {
    const after = last && {
      OR: [{ createdAt: { lt: last.createdAt } }, { createdAt: last.createdAt, id: { lt: last.id } }],
    };
    const rows = await db.auditLog.findMany({
      where: after ? { AND: [auditWhere(f), after] } : auditWhere(f),
      orderBy: newestFirst,
      take: Math.min(size, max - read) + 1,
      select: rowSelect,
    });
    const page = rows.slice(0, Math.min(size, max - read));
    read += page.length;
    const more = rows.length > page.length;
    yield { entries: await describeAll(page, t, locale), capped: more && read >= max };
    if (!more) return;
    last = page.at(-1);
  }
}
