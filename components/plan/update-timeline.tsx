import { getLocale, getTranslations } from "next-intl/server";
import type { MeasureDetail } from "@/lib/plan/measure-detail";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import type { Locale } from "@/i18n/config";

const kb = (bytes: number, locale: Locale) => `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} kB`;

/** The measure's progress updates, newest first. */
export async function UpdateTimeline({ updates }: { updates: MeasureDetail["progressUpdates"] }) {
  const t = await getTranslations();
  const locale = await getLocale();
  if (updates.length === 0) return <p>{t("measure.noUpdates")}</p>;
  return (
    <ol className="space-y-4" data-testid="update-timeline">
      {updates.map((u) => (
        <li key={u.id} className="border-l-4 border-blue-700 pl-4">
          <p className="text-sm text-gray-700">
            {t("measure.by", { name: u.author.name, date: formatDateTime(u.createdAt, locale) })}
          </p>
          <p className="whitespace-pre-line">{u.text}</p>
          {u.statusAfter && u.statusAfter !== u.statusBefore ? (
            <p className="text-sm">
              {t("measure.statusChange", { from: t(`status.${u.statusBefore}`), to: t(`status.${u.statusAfter}`) })}
            </p>
          ) : null}
          {u.progressPercent !== null ? (
            <p className="text-sm">{t("measure.progressSet", { value: u.progressPercent })}</p>
          ) : null}
          {u.indicatorValues.length ? (
            <ul className="text-sm">
              {u.indicatorValues.map((v) => (
                <li key={v.id}>
                  {v.indicator.name}: {formatNumber(v.value, locale)} {v.indicator.unit} (
                  {formatDate(v.measuredOn, locale)})
                </li>
              ))}
            </ul>
          ) : null}
          {u.attachments.map((a) => (
            <a key={a.id} href={`/api/prilohy/${a.id}`} className="text-sm">
              {t("measure.download", { name: a.fileName, size: kb(a.size, locale) })}
            </a>
          ))}
        </li>
      ))}
    </ol>
  );
}
