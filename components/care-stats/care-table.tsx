import { getLocale, getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/format";
import type { CareRow } from "@/lib/care-stats/queries";
import { CARE_KINDS, KIND_FIELDS } from "@/lib/care-stats/schema";
import { sumOf } from "@/lib/programmes/targets";

/** The region's figures per year (and quarter), per kind of care, with the totals of the three kinds. */
export async function CareTable({ rows }: { rows: CareRow[] }) {
  const t = await getTranslations("careStats");
  const locale = await getLocale();
  const num = (n: number | null) => (n === null ? "—" : formatNumber(n, locale));
  const total = (r: CareRow, f: (typeof KIND_FIELDS)[number]) => {
    const values = CARE_KINDS.map((k) => r.kinds[k][f]);
    return values.every((v) => v === null) ? null : sumOf(values);
  };
  const groups = [...CARE_KINDS, "TOTAL"] as const;
  // A figure nobody has recorded for any period gets no columns (the form still offers it).
  const fields = KIND_FIELDS.filter((f) => rows.some((r) => CARE_KINDS.some((k) => r.kinds[k][f] !== null)));
  const hidden = KIND_FIELDS.filter((f) => !fields.includes(f));
  return (
    <div>
      <table className="table" data-testid="care-table">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t("period")}
            </th>
            {fields.length
              ? groups.map((g) => (
                  <th key={g} scope="colgroup" colSpan={fields.length} className="!text-center">
                    {t(`kind.${g}`)}
                  </th>
                ))
              : null}
            <th scope="colgroup" colSpan={2} className="!text-center">
              {t("children")}
            </th>
          </tr>
          <tr>
            {groups.flatMap((g) =>
              fields.map((f) => (
                <th key={`${g}-${f}`} scope="col" className="!text-right">
                  {t(`field.${f}`)}
                </th>
              )),
            )}
            <th scope="col" className="!text-right">
              {t("field.childrenInInstitutionalCare")}
            </th>
            <th scope="col" className="!text-right">
              {t("field.childrenSeekingFamily")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.year}-${r.quarter}`} data-period={`${r.year}-${r.quarter}`}>
              <th scope="row" className="whitespace-nowrap">
                {r.quarter ? t("quarterOf", { year: r.year, quarter: r.quarter }) : r.year}
              </th>
              {CARE_KINDS.flatMap((k) =>
                fields.map((f) => (
                  <td key={`${k}-${f}`} className="text-right">
                    {num(r.kinds[k][f])}
                  </td>
                )),
              )}
              {fields.map((f) => (
                <td key={f} className="text-right font-semibold">
                  {num(total(r, f))}
                </td>
              ))}
              <td className="text-right">{num(r.childrenInInstitutionalCare)}</td>
              <td className="text-right">{num(r.childrenSeekingFamily)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden.length ? (
        <p className="mt-2 text-xs text-gray-700">
          {t("hiddenColumns", { fields: hidden.map((f) => t(`field.${f}`)).join(", ") })}
        </p>
      ) : null}
    </div>
  );
}
