import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { typeUntilHeld } from "./typing";
import { appDay } from "./clock";
import { queryOne } from "./db";
import { stateOf, type Who } from "./users";

const as = async (browser: Browser, who: Who) =>
  (await browser.newContext({ storageState: stateOf(who), locale: "cs-CZ" })).newPage();
/** As lib/format shows money and days (the spec reads the database, not the app's code). */
const money = (haler: number) =>
  new Intl.NumberFormat("cs-CZ", { style: "currency", currency: "CZK", minimumFractionDigits: 2 }).format(haler / 100);
/** A day of the app's pinned clock as the filter takes it: "30. 11. 2026". */
const czechDay = (iso: string) => iso.split("-").map(Number).reverse().join(". ");

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return fs.readFileSync((await file.path())!);
}

test("the admin reads the coordinator's cost change in Czech, filters it by date and downloads it", async ({
  browser,
}) => {
  const event = queryOne<{ id: string; title: string; costHaler: number }>(
    "SELECT id, title, costHaler FROM RecruitmentEvent WHERE status = 'CONFIRMED' AND archivedAt IS NULL AND costHaler IS NOT NULL AND costHaler <> 150000 ORDER BY startDate DESC LIMIT 1",
  );
  const coordinator = await as(browser, "coordinator");
  await coordinator.goto(`/nabor/akce/${event.id}/upravit`, { waitUntil: "networkidle" });
  await typeUntilHeld(coordinator.getByLabel("Náklady (Kč)"), "1 500");
  await coordinator.getByRole("button", { name: "Odeslat ke schválení" }).click();
  await coordinator.waitForURL(new RegExp(`/nabor/akce/${event.id}$`));

  const page = await as(browser, "admin");
  await page.goto("/sprava/audit?entita=RecruitmentEvent&akce=update");
  const entry = page.getByTestId("audit-entry").first();
  await expect(entry.getByRole("link", { name: event.title })).toHaveAttribute("href", `/nabor/akce/${event.id}`);
  await expect(entry).toContainText("Náborová akce");
  await expect(entry).toContainText("upraveno");
  await expect(entry).toContainText("Jana Dvořáková (Koordinátor/ka rodinné politiky)");
  const cost = entry.getByTestId("audit-change").filter({ hasText: "Náklady" });
  await expect(cost).toHaveText(`Náklady${money(event.costHaler)} → změněno na ${money(150000)}`);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.screenshot({ path: "test-results/screenshots/audit-log-1440.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screenshots/audit-log-390.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Raw data only behind the toggle.
  const raw = entry.locator("pre").first();
  await expect(raw).toBeHidden();
  await entry.getByText("Zobrazit surová data").click();
  await expect(raw).toBeVisible();
  await expect(raw).toContainText('"costHaler"');
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screenshots/audit-log-390-raw.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Czech dates: today finds the entry, tomorrow does not, an impossible day is refused with a Czech message.
  const today = czechDay(appDay());
  await page.getByLabel("Od").fill(today);
  await page.getByLabel("Do").fill(today);
  await page.getByRole("button", { name: "Filtrovat" }).click();
  await expect(page).toHaveURL(/od=/);
  await expect(
    page.getByTestId("audit-entry").first().getByTestId("audit-change").filter({ hasText: "Náklady" }),
  ).toBeVisible();
  await page.getByLabel("Od").fill(czechDay(appDay(1)));
  await page.getByLabel("Do").fill("");
  await page.getByRole("button", { name: "Filtrovat" }).click();
  await expect(page.getByText("Filtrům neodpovídá žádný záznam.")).toBeVisible();
  await page.getByLabel("Od").fill("32. 1. 2026");
  await page.getByRole("button", { name: "Filtrovat" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Filtr nelze použít" })).toContainText(
    "„32. 1. 2026“ není platné datum. Zadejte datum ve tvaru 1. 10. 2026.",
  );
  await expect(page.getByLabel("Od")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  // Downloads of the filtered view (today's updates of events).
  await page.goto(`/sprava/audit?entita=RecruitmentEvent&akce=update&od=${encodeURIComponent(today)}`);
  const csv = (await download(page, "Export do CSV")).toString("utf8");
  expect(csv.startsWith("\ufeffKdy;Kdo;Akce;Záznam;Pole;Před;Po\r\n")).toBe(true);
  expect(csv).toContain(
    `;upraveno;Náborová akce: ${event.title};Náklady;${money(event.costHaler)};${money(150000)}\r\n`,
  );
  const workbook = new ExcelJS.Workbook();
  const xlsx = await download(page, "Export do Excelu");
  await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
  const rows = workbook.worksheets[0]
    .getSheetValues()
    .filter(Boolean)
    .map((r) => (r as unknown[]).slice(1));
  expect(rows[0]).toEqual(["Kdy", "Kdo", "Akce", "Záznam", "Pole", "Před", "Po"]);
  expect(rows).toContainEqual([
    expect.stringContaining(today),
    "Jana Dvořáková (Koordinátor/ka rodinné politiky)",
    "upraveno",
    `Náborová akce: ${event.title}`,
    "Náklady",
    money(event.costHaler),
    money(150000),
  ]);
});

test("only an admin opens the audit log and its download", async ({ browser }) => {
  const coordinator = await as(browser, "coordinator");
  expect((await coordinator.goto("/sprava/audit"))?.status()).toBe(403);
  const response = await coordinator.request.get("/sprava/audit/export?format=csv");
  expect(response.status()).toBe(403);
  expect(await response.text()).not.toContain("Kdy;Kdo");
});
