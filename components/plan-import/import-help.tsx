import { getLocale, getTranslations } from "next-intl/server";
import { COLUMNS, INDICATOR, REQUIRED } from "@/lib/plan-import/columns";
import { ScrollBox } from "@/components/ui/scroll-box";

/** The columns the import reads and the value formats it accepts. */
export async function ImportHelp() {
  const t = await getTranslations("planImport");
  const english = (await getLocale()) === "en";
  const required = (key: (typeof COLUMNS)[number]["key"]) =>
    REQUIRED.includes(key) ? t("requiredYes") : INDICATOR.includes(key) ? t("requiredIndicator") : t("requiredNo");
  return (
    <section aria-labelledby="import-columns" className="card space-y-3">
      <h2 id="import-columns" className="text-xl font-semibold">
        {t("columnsTitle")}
      </h2>
      <p>{t("columnsIntro")}</p>
      <p>{t("formats")}</p>
      <ScrollBox label={t("columnsTitle")}>
        <table className="table max-w-3xl">
          <thead>
            <tr>
              <th scope="col">{t("headerCs")}</th>
              <th scope="col">{english ? "Czech" : t("headerEn")}</th>
              <th scope="col">{t("requiredTitle")}</th>
            </tr>
          </thead>
          <tbody>
            {COLUMNS.map((c) => (
              <tr key={c.key}>
                <th scope="row" className="font-normal">
                  {english ? c.en : c.cs}
                </th>
                <td lang={english ? "cs" : "en"}>{english ? c.cs : c.en}</td>
                <td>{required(c.key)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
