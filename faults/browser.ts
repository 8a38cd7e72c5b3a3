// A browser for the scenarios that go through the app's pages (server actions are not meant to be called over raw
// HTTP): Chromium through playwright-core, signed in with a session cookie from lib/http/sign-in-client.ts.
import { chromium, type Browser, type Page } from "playwright-core";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-sync",
];

export type SignedInPage = { page: Page; close: () => Promise<void> };

/** A page of a fresh browser carrying `cookie` ("name=value") for `base`. */
export async function signedInPage(base: string, cookie: string): Promise<SignedInPage> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ARGS,
  });
  const context = await browser.newContext({ locale: "cs-CZ", timezoneId: "Europe/Prague" });
  const [name, ...value] = cookie.split("=");
  await context.addCookies([{ name, value: value.join("="), url: base }]);
  const page = await context.newPage();
  page.setDefaultTimeout(180_000); // a 5 000-row preview on a busy 2-core machine; every wait ends at its signal
  return { page, close: () => browser.close() };
}

/** On the events import page: choose the file, have it checked and confirm the import (the click only). */
export async function confirmEventImport(page: Page, base: string, file: string): Promise<void> {
  await page.goto(`${base}/nabor/import`);
  await page.getByLabel("Soubor XLSX nebo CSV").setInputFiles(file);
  await page.getByRole("button", { name: "Zkontrolovat soubor" }).click();
  await page.getByRole("button", { name: "Potvrdit import" }).click();
}
