/** A DateTime read by $queryRaw: a Date on PostgreSQL; on SQLite it may come back as text or epoch milliseconds. */
export function toDate(raw: Date | string | number | bigint): Date {
  if (raw instanceof Date) return raw;
  if (typeof raw === "number" || typeof raw === "bigint") return new Date(Number(raw));
  if (/^-?\d+$/.test(raw)) return new Date(Number(raw));
  // "YYYY-MM-DD HH:MM:SS[.fff]" without a zone is UTC.
  const iso = raw.includes("T") ? raw : raw.replace(" ", "T");
  return new Date(/(Z|[+-]\d\d:?\d\d)$/.test(iso) ? iso : `${iso}Z`);
}
