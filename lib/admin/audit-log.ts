import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/sqlite/client";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = { entity?: string; action?: string; userId?: string; from?: Date; to?: Date; page: number };

const day = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : undefined);

export function parseAuditFilters(p: Record<string, string | undefined>): AuditFilters {
  const short = (v: string | undefined) => (v && v.length <= 64 ? v : undefined);
  return { entity: short(p.entita), action: short(p.akce), userId: short(p.uzivatel), from: day(p.od), to: day(p.do), page: Math.min(10_000, Math.max(1, Number.parseInt(p.strana ?? "1", 10) || 1)) };
}

/** The audit log, newest first, filtered in the database. */
export async function listAuditLog(f: AuditFilters) {
  const where: Prisma.AuditLogWhereInput = {
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.userId ? { userId: f.userId } : {}),
    ...(f.from || f.to ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: new Date(f.to.getTime() + 86_400_000) } : {}) } } : {}),
  };
  const [total, rows, entities, actions, users] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (f.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE, include: { user: { select: { name: true } } } }),
    db.auditLog.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } }),
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), entities: entities.map((e) => e.entity), actions: actions.map((a) => a.action), users };
}
