import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: `${t("title")} | ${t("region")}` };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  // No NextIntlClientProvider here: the sections whose client components translate set it (components/layout/client-messages).
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
