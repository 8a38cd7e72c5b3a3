import { isPublicPageOn } from "@/lib/public-page/setting";
import { PublicPageSwitchForm } from "./public-page-switch-form";

/** The admin's switch of the public page (/verejne); reads the current setting itself. */
export async function PublicPageSwitch() {
  return <PublicPageSwitchForm on={await isPublicPageOn()} />;
}
