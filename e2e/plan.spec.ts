import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { stateOf } from "./users";

const PLAN = "plan-2024-2028";
let measureUrl = "";

async function fill(page: Page, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
}

test.describe.serial("coordinator runs the plan", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("creates an area, a goal and a measure with an indicator", async ({ page }) => {
    await page.goto(`/strategicky-plan?plan=${PLAN}`);
    await page.getByRole("link", { name: "Přidat prioritní oblast" }).click();
    await fill(page, { Kód: "5", Název: "Podpora mezigeneračního soužití" });
    await page.getByRole("button", { name: "Uložit" }).click();
    await expect(
      page.getByRole("heading", { name: /Prioritní oblast 5: Podpora mezigeneračního soužití/ }),
    ).toBeVisible();

    const area = page.getByRole("region", { name: /Prioritní oblast 5: Podpora mezigeneračního soužití/ });
    await area.getByRole("link", { name: "Přidat cíl" }).click();
    await expectAccessible(page);
    await fill(page, { Kód: "5.1", Název: "Babičky a dědové pro rodiny" });
    await page.getByRole("button", { name: "Uložit" }).click();

    await area.getByRole("link", { name: "Přidat opatření" }).click();
    await expect(page.getByLabel("Kód opatření")).toHaveValue("5.1.1");
    await fill(page, {
      Název: "Program Trojgenerační rodina",
      Gestor: "OSV KÚ LK",
      "Plánovaný rozpočet (Kč)": "250 000",
      Zahájení: "2025-01-01",
      "Termín plnění": "2028-12-31",
    });
    await page.getByLabel("Stav").selectOption("DELAYED");
    await page.getByRole("button", { name: "Uložit opatření" }).click();
    await expect(page.locator("#statusReason-error")).toHaveText("U zpožděného nebo zrušeného opatření uveďte důvod.");
    await page.getByLabel("Stav").selectOption("IN_PROGRESS");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Uložit opatření" }).click();
    await expect(page.getByRole("heading", { name: "5.1.1 Program Trojgenerační rodina" })).toBeVisible();
    measureUrl = page.url();

    await fill(page, {
      Ukazatel: "Počet zapojených rodin",
      Jednotka: "rodiny",
      "Výchozí hodnota": "0",
      "Rok výchozí hodnoty": "2024",
      "Cílová hodnota": "10",
      "Cílové datum": "2028-12-31",
    });
    await page.getByRole("button", { name: "Uložit ukazatel" }).click();
    await expect(page.getByRole("heading", { name: "Počet zapojených rodin", level: 3 })).toBeVisible();
  });

  test("posts two progress updates with values and sees progress and the chart", async ({ page }) => {
    await page.goto(measureUrl);
    for (const [text, value, date] of [
      ["Zapojeny první čtyři rodiny.", "4", "2025-06-30"],
      ["Další dvě rodiny v Turnově.", "6", "2025-12-31"],
    ]) {
      await page.getByLabel("Text zprávy").fill(text);
      await page.getByLabel("Počet zapojených rodin (rodiny)").fill(value);
      await page.getByLabel("Datum", { exact: true }).fill(date);
      await page.getByRole("button", { name: "Uložit průběžnou zprávu" }).click();
      await expect(page.getByTestId("update-timeline").getByText(text)).toBeVisible();
    }
    await expect(page.getByTestId("indicator-progress")).toHaveText("60 %");
    await expect(page.getByTestId("measure-progress")).toHaveText("60 %");
    const items = page.getByTestId("update-timeline").locator("li");
    await expect(items.first()).toContainText("Další dvě rodiny v Turnově.");
    await expect(page.locator("figure .recharts-line-curve").first()).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screenshots/opatreni.png", fullPage: true });
  });
});

for (const who of ["council", "memberB"] as const) {
  test.describe(`${who} reads the measure`, () => {
    test.use({ storageState: stateOf(who) });

    test("sees it without edit controls and is refused on the edit page", async ({ page }) => {
      const measure = "/strategicky-plan/opatreni/plan-2019-2023-a1-g1-m1";
      await page.goto(measure);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("1.1.1");
      await expect(page.getByRole("link", { name: "Upravit opatření" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Uložit průběžnou zprávu" })).toHaveCount(0);
      const response = await page.goto(`${measure}/upravit`);
      expect(response?.status()).toBe(403);
    });
  });
}

test.describe("measure list", () => {
  test.use({ storageState: stateOf("council") });

  test("filters by status and searches without diacritics", async ({ page }) => {
    await page.goto("/strategicky-plan/opatreni?plan=plan-2019-2023");
    await expect(page.getByTestId("measure-count")).toHaveText("Nalezeno 30 opatření");
    await page.getByLabel("Stav").selectOption("DELAYED");
    await page.getByRole("button", { name: "Filtrovat" }).click();
    await expect(page.getByTestId("measure-count")).toHaveText("Nalezena 3 opatření");
    await page.goto("/strategicky-plan/opatreni?plan=plan-2019-2023&q=DETSKYCH%20skupin");
    await expect(page.getByRole("link", { name: "Podpora vzniku dětských skupin" })).toBeVisible();
    await expectAccessible(page);
  });
});
