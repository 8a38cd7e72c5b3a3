import "server-only";
// The filtered audit log as a download: one row per changed field (an entry without field changes takes one row),
// in the app's spreadsheet writers (Czech Excel CSV, streamed XLSX); a note row says when the cap cut it short.
import { spreadsheetStream } from "@/lib/spreadsheet/stream";
import type { Format, OutColumn, OutValue } from "@/lib/spreadsheet/write";
import type { AuditView } from "./describe";
import type { AuditFilters } from "./filters";
import { auditBatches, EXPORT_MAX } from "./queries";
import { translatorFor } from "./translate";

export const AUDIT_COLUMNS: OutColumn[] = [
  { key: "when", cs: "Kdy", en: "When", width: 18 },
  { key: "who", cs: "Kdo", en: "Who", width: 28 },
  { key: "action", cs: "Akce", en: "Action", width: 20 },
  { key: "record", cs: "Záznam", en: "Record", width: 44 },
  { key: "field", cs: "Pole", en: "Field", width: 24 },
  { key: "before", cs: "Před", en: "Before", width: 30 },
  { key: "after", cs: "Po", en: "After", width: 30 },
];

export function exportRows(e: AuditView): Record<string, OutValue>[] {
  const entry = {
    when: e.when,
    who: e.role ? `${e.who} (${e.role})` : e.who,
    action: e.action,
    record: e.record ? `${e.entity}: ${e.record.name}` : e.entity,
  };
  return e.changes.length
    ? e.changes.map((c) => ({ ...entry, field: c.label, before: c.before, after: c.after }))
    : [entry];
}

async function* rowBatches(f: AuditFilters): AsyncGenerator<Record<string, OutValue>[]> {
  const t = await translatorFor("cs");
  for await (const { entries, capped } of auditBatches(f, "cs")) {
    yield entries.flatMap(exportRows);
    if (capped) yield [{ when: t("audit.cappedRow", { max: EXPORT_MAX }) ?? "" }];
  }
}

export const auditExport = (format: Format, f: AuditFilters) =>
  spreadsheetStream(format, AUDIT_COLUMNS, rowBatches(f), "Audit");
