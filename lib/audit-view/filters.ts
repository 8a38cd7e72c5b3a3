// The audit log's filters from the URL (the page and its export read the same ones): dates typed the Czech way
// ("1. 10. 2026", ISO also accepted) as whole Prague days. An invalid filter is reported, never applied quietly.
import { pragueMidnight } from "@/lib/tasks/time";
import type { Prisma } from "@/lib/db/generated/sqlite/client";

export type AuditFilters = { entity?: string; action?: string; userId?: string; from?: Date; to?: Date; page: number };
export type FilterError = { field: "od" | "do"; code: "invalidDate" | "fromAfterTo"; value?: string };
export type ParsedFilters = { filters: AuditFilters; errors: FilterError[] };

/** "1. 10. 2026", "1.10.2026" or "2026-10-01" → [year, month, day]; null when not a real calendar day. */
export function parseCzechDate(text: string): [number, number, number] | null {
  const czech = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$/.exec(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const parts = czech ? [czech[3], czech[2], czech[1]] : iso ? iso.slice(1) : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? [y, m, d] : null;
}

const short = (v: string | undefined) => (v && v.length <= 64 ? v : undefined);

export function parseAuditFilters(p: Record<string, string | undefined>): ParsedFilters {
  const errors: FilterError[] = [];
  const day = (field: "od" | "do", nextDay: boolean) => {
    const text = p[field]?.trim();
    if (!text) return undefined;
    const parsed = parseCzechDate(text);
    if (!parsed) {
      errors.push({ field, code: "invalidDate", value: text.slice(0, 40) });
      return undefined;
    }
    const [y, m, d] = parsed;
    // "do" includes its whole day: entries before the next Prague midnight.
    const next = new Date(Date.UTC(y, m - 1, d + (nextDay ? 1 : 0)));
    return pragueMidnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
  };
  let from = day("od", false);
  let to = day("do", true);
  if (from && to && from >= to) {
    errors.push({ field: "od", code: "fromAfterTo" });
    from = to = undefined;
  }
  const page = Math.min(10_000, Math.max(1, Number.parseInt(p.strana ?? "1", 10) || 1));
  return {
    filters: { entity: short(p.entita), action: short(p.akce), userId: short(p.uzivatel), from, to, page },
    errors,
  };
}

export function auditWhere(f: AuditFilters): Prisma.AuditLogWhereInput {
  return {
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.userId ? { userId: f.userId } : {}),
    ...(f.from || f.to ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {}),
  };
}
