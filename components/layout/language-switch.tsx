import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitchButton } from "./language-switch-button";

/** Rendered on the server, so the pages that show it (every page under the app header) need no client messages. */
export async function LanguageSwitch() {
  const t = await getTranslations("app");
  const other = (await getLocale()) === "cs" ? "en" : "cs";
  return <LanguageSwitchButton other={other} label={t("switchTo")} />;
}
