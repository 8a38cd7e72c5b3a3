import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AuditView } from "@/lib/audit-view/describe";

/** One audit entry: what happened to which record, by whom and when, the changed fields "před → po", raw data hidden. */
export async function AuditEntry({ entry }: { entry: AuditView }) {
  const t = await getTranslations("audit");
  const { record } = entry;
  return (
    <li className="card space-y-2 p-4" data-testid="audit-entry">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="min-w-0 break-words">
          <span className="font-semibold">{entry.entity}</span>{" "}
          {record ? record.href ? <Link href={record.href}>{record.name}</Link> : <span>{record.name}</span> : null}
          <span className="text-gray-700"> – {entry.action}</span>
        </p>
        <p className="text-sm text-gray-700">
          <time>{entry.when}</time> · {entry.who}
          {entry.role ? ` (${entry.role})` : null}
          {entry.ip ? <span className="sr-only">, {t("ip", { ip: entry.ip })}</span> : null}
        </p>
      </div>
      {entry.changes.length > 0 ? (
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(8rem,14rem)_1fr]" aria-label={t("changes")}>
          {entry.changes.map((c) => (
            <div key={c.field} className="contents" data-testid="audit-change">
              <dt className="font-medium text-gray-800">{c.label}</dt>
              <dd className="mb-1 min-w-0 whitespace-pre-line break-words sm:mb-0">
                <span className="text-gray-700">{c.before}</span> <span aria-hidden="true">→</span>
                <span className="sr-only"> {t("changedTo")}</span> <span className="font-medium">{c.after}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {entry.raw.before || entry.raw.after ? (
        <details className="text-sm">
          <summary className="inline-block min-h-6 cursor-pointer text-blue-800">{t("raw")}</summary>
          {[
            ["rawBefore", entry.raw.before],
            ["rawAfter", entry.raw.after],
          ].map(([label, json]) =>
            json ? (
              <div key={label} className="mt-2">
                <p id={`${entry.id}-${label}`} className="font-medium">
                  {t(label as "rawBefore")}
                </p>
                {/* Focusable so that a keyboard can scroll a long record. */}
                <pre
                  tabIndex={0}
                  aria-labelledby={`${entry.id}-${label}`}
                  className="max-h-80 overflow-auto whitespace-pre-wrap break-all rounded bg-gray-100 p-2 text-xs"
                >
                  {json}
                </pre>
              </div>
            ) : null,
          )}
        </details>
      ) : null}
    </li>
  );
}
