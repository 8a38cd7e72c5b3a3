// The app's locales typed once: next-intl's getLocale() and useLocale() return `Locale`, not a bare string.
import type { Locale } from "./config";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}
