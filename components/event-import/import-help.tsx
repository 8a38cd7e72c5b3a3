import { getLocale, getTranslations } from "next-intl/server";
import { COLUMNS, REQUIRED, type ColumnKey } from "@/lib/event-import/columns";
import { AUDIENCE_LABELS, REALISATION_LABELS } from "@/lib/event-import/labels";
import { importHelpData } from "@/lib/event-import/page-data";
import { ScrollBox } from "@/components/ui/scroll-box";

/** The columns the import reads, which are required, and the values it accepts. */
export async function EventImportHelp() {
  const t = await getTranslations("eventImport");
  const english = (await getLocale()) === "en";
  const lists = await importHelpData();
  const labels = (set: Record<string, { cs: string; en: string }>) =>
    Object.values(set)
      .map((l) => l.cs)
      .join(", ");
  const values: Partial<Record<ColumnKey, string>> = {
    type: t("valuesType", { values: lists.type }),
    place: t("valuesPlace", { values: lists.place }),
    audience: t("valuesAudience", { values: labels(AUDIENCE_LABELS) }),
    realisation: t("valuesRealisation", { values: labels(REALISATION_LABELS) }),
    programme: `${t("valuesProgramme")} (${lists.programme})`,
    campaign: t("valuesCampaign"),
    organisation: t("valuesOrganisation"),
  };
  return (
    <section aria-labelledby="event-import-columns" className="card space-y-3">
      <h2 id="event-import-columns" className="text-xl font-semibold">
        {t("columnsTitle")}
      </h2>
      {[t("columnsIntro"), t("formats")].map((text) => (
        <p key={text}>{text}</p>
      ))}
      <ScrollBox label={t("columnsTitle")}>
        <table className="table">
          <thead>
            <tr>
              {[t("headerCs"), t("requiredTitle"), t("headerOther"), t("accepted")].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {COLUMNS.map((c) => (
              <tr key={c.key}>
                <th scope="row" className="font-normal">
                  {english ? c.en : c.cs}
                </th>
                <td>{REQUIRED.includes(c.key) ? t("requiredYes") : t("requiredNo")}</td>
                <td lang={english ? "cs" : "en"}>{english ? c.cs : c.en}</td>
                <td className="text-sm">{values[c.key] ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
