import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/layout/message-page";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return <MessagePage title={t("forbiddenTitle")} text={t("forbiddenText")} linkText={t("backHome")} />;
}
