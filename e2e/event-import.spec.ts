import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { sampleEvents, xlsxOf } from "../lib/event-import/test-files";
import { expectAccessible } from "./axe";
import { queryOne } from "./db";
import { expectNoSidewaysScroll } from "./targets";
import { stateOf } from "./users";

const PREFIX = "Beseda z importu e2e";
const dir = path.join("test-results", "event-import");
const imported = () =>
  queryOne<{ n: number }>("SELECT COUNT(*) AS n FROM RecruitmentEvent WHERE title LIKE ?", `${PREFIX}%`).n;

test.describe("a working-group member imports past events from XLSX", () => {
  test.use({ storageState: stateOf("memberA") });

  test.beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    const good = sampleEvents(6, PREFIX);
    const bad = good.map((row, i) =>
      i === 1 ? { ...row, place: "Horní Dolní" } : i === 4 ? { ...row, inquiries: 1, applicants: 3 } : row,
    );
    writeFileSync(path.join(dir, "chyby.xlsx"), await xlsxOf(bad));
    writeFileSync(path.join(dir, "akce.xlsx"), await xlsxOf(good));
  });

  /** Chooses the file (if any) and asks for the check, as a user does. */
  async function check(page: Page, file?: string) {
    if (file) await page.getByLabel("Soubor XLSX nebo CSV").setInputFiles(path.join(dir, file));
    await page.getByRole("button", { name: "Zkontrolovat soubor" }).click();
  }

  test("errors are listed and nothing is written; the fixed file imports after confirming and the events show in the list", async ({
    page,
  }) => {
    await page.goto("/nabor/import");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import náborových akcí");
    await expect(page.getByText("Akce se zapíší za vaši organizaci: Centrum pro rodinu NÁRUČ, z.s.")).toBeVisible();
    await expectAccessible(page);
    await check(page);
    await expect(page.getByText("Vyberte soubor k importu.")).toBeVisible();

    await check(page, "chyby.xlsx");
    const issues = page.getByTestId("event-import-issues").locator("tbody tr");
    await expect(issues).toHaveCount(2);
    await expect(issues.nth(0)).toHaveText(/^3ORPNeznámé ORP „Horní Dolní“/);
    await expect(issues.nth(1)).toHaveText(/^6Žadatelé o NRPŽadatelů nemůže být víc než zájemců/);
    await expect(page.getByRole("button", { name: "Potvrdit import" })).toHaveCount(0);
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screenshots/import-akci-chyby.png", fullPage: true });
    expect(imported()).toBe(0);

    await check(page, "akce.xlsx");
    await expect(page.getByTestId("event-import-counts").locator("tbody")).toHaveText(
      /^Nové\s*6\s*Změněné\s*0\s*Beze změny\s*0/,
    );
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screenshots/import-akci-nahled.png", fullPage: true });
    expect(imported()).toBe(0);
    await page.getByRole("button", { name: "Potvrdit import" }).click();
    await expect(page.getByText("Import dokončen: 6 nových akcí, 0 změněných.")).toBeVisible();
    expect(imported()).toBe(6);
    const recent = page.getByRole("table", { name: "Poslední importy" }).locator("tbody tr").first();
    await expect(recent).toContainText("akce.xlsx");
    await expect(recent).toContainText("Uložen: 6 nových, 0 změněných záznamů.");
    const wide = page.viewportSize()!;
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
    await page
      .getByTestId("recent-imports")
      .screenshot({ path: "test-results/screenshots/import-akci-posledni-390.png" });
    await page.setViewportSize(wide);

    await page.getByRole("link", { name: "Zobrazit akce organizace" }).click();
    await expect(page).toHaveURL(/\/nabor\?organizace=org-naruc&stav=SUBMITTED/);
    for (const n of [1, 6]) await expect(page.getByRole("link", { name: `${PREFIX} ${n}`, exact: true })).toBeVisible();
    await expectAccessible(page);

    await page.goto("/nabor/import");
    await check(page, "akce.xlsx");
    await expect(
      page.getByTestId("event-import-result").getByText("Všechny akce ze souboru už jsou zapsané beze změny"),
    ).toBeVisible();
    expect(imported()).toBe(6);
  });

  test("the events list downloads as XLSX and CSV with the list's filters", async ({ page }) => {
    const csv = await page.request.get("/api/export/events?format=csv&rok=2019");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-disposition"]).toBe('attachment; filename="naborove-akce.csv"');
    const lines = (await csv.text()).split("\r\n").filter(Boolean);
    expect(lines[0]).toContain("Datum (začátek);Konec;Typ akce;Název");
    expect(lines.slice(1).every((line) => / 2019;/.test(line.split(";")[0] + ";"))).toBe(true);
    const xlsx = await page.request.get("/api/export/events?format=xlsx");
    expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });
});

test.describe("the council", () => {
  test.use({ storageState: stateOf("council") });

  test("may export but not open the import", async ({ page }) => {
    expect((await page.goto("/nabor/import"))?.status()).toBe(403);
    expect((await page.request.get("/api/export/events?format=csv")).status()).toBe(200);
  });
});
