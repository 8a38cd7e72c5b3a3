import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { confirmedActivities } from "./db";
import { stateOf } from "./users";

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

const NRP = "/nabor/programy/prog-nrp-2024";
const section = (page: Page, code: string) => page.locator(`[data-programme="${code}"]`);
const activities = (n: number) => (n === 1 ? "1 aktivita" : n >= 2 && n <= 4 ? `${n} aktivity` : `${n} aktivit`);

test.describe("coordinator", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("the programmes page shows targets, confirmed counts, years and places", async ({ page }) => {
    await page.goto("/nabor/programy");
    await expect(page.getByRole("heading", { level: 1, name: "Programy a cíle" })).toBeVisible();
    await expectAccessible(page);
    const nrp = section(page, "NRP-2024-2028");
    const confirmed = confirmedActivities("NRP-2024-2028");
    await expect(nrp.getByTestId("programme-numbers")).toContainText(activities(60));
    await expect(nrp.getByTestId("programme-numbers")).toContainText(activities(confirmed));
    await expect(nrp.getByTestId("year-table").locator('[data-year="2024"]')).toContainText("12");
    const tables = section(page, "KA2B-KULATE-STOLY").getByTestId("place-table");
    await expect(tables.getByRole("row", { name: /Liberecký kraj/ })).toContainText(/Kraj\s*2\s*2\s*100\s%/);
    await expect(tables.getByRole("row", { name: /Frýdlant/ })).toContainText(/ORP\s*4\s*4\s*100\s%/);
    await expect(
      section(page, "KA2A-SEMINARE")
        .getByTestId("place-table")
        .getByRole("row", { name: /Semily/ }),
    ).toContainText(/Okres\s*5\s*5/);
    await shot(page, "programmes");
  });

  test("edits a yearly sub-target, then spreads the total evenly again", async ({ page }) => {
    await page.goto(NRP);
    await expect(
      page.getByRole("heading", { level: 1, name: /Plán pro vyhledávání náhradních rodičů 2024–2028/ }),
    ).toBeVisible();
    await expectAccessible(page);
    const target2026 = page.getByLabel("Roční dílčí cíl 2026");
    await expect(target2026).toHaveValue("12");

    await target2026.fill("-1");
    await page.getByRole("button", { name: "Uložit program" }).click();
    await expect(page.locator("#yearTarget-2026-error")).toContainText("Hodnota je příliš malá");
    await expectAccessible(page);

    await target2026.fill("14");
    await expect(page.getByTestId("year-targets-sum")).toContainText(
      "Součet ročních dílčích cílů: 62 (cíl celkem 60).",
    );
    await page.getByRole("button", { name: "Uložit program" }).click();
    await expect(page.getByText("Program byl uložen.")).toBeVisible();
    await expect(page.getByTestId("year-table").locator('[data-year="2026"]')).toContainText(/2026\s*14/);

    await page.getByRole("button", { name: "Rozdělit rovnoměrně" }).click();
    await expect(target2026).toHaveValue("12");
    await page.getByRole("button", { name: "Uložit program" }).click(); // a second save from the same form
    await expect(page.getByText("Program byl uložen.")).toBeVisible();
    await expect(page.getByTestId("year-table").locator('[data-year="2026"]')).toContainText(/2026\s*12/);
    await shot(page, "programme-detail");
  });

  test("the new-programme form is accessible", async ({ page }) => {
    await page.goto("/nabor/programy/novy");
    await expect(page.getByRole("heading", { level: 1, name: "Nový program" })).toBeVisible();
    await expect(page.getByLabel("Roční dílčí cíl 2027")).toBeVisible();
    await expectAccessible(page);
  });

  test("records a quarter's figures of substitute family care", async ({ page }) => {
    await page.goto("/nabor/statistiky");
    await expect(page.getByRole("heading", { level: 1, name: "Statistiky náhradní rodinné péče" })).toBeVisible();
    await expect(page.getByTestId("care-table").locator('[data-period="2022-0"]')).toContainText(/16\s*.*15\s*.*11/);
    await expectAccessible(page);
    await page.getByLabel("Rok").fill("2025");
    await page.getByLabel("Období", { exact: true }).selectOption({ label: "2. čtvrtletí" });
    await page.getByRole("group", { name: "Osvojení" }).getByLabel("Podané žádosti").fill("4");
    await page.getByRole("group", { name: "Pěstounská péče", exact: true }).getByLabel("Umístěné děti").fill("3");
    await page.getByRole("button", { name: "Uložit údaje" }).click();
    await expect(page.getByText("Údaje byly uloženy.")).toBeVisible();
    await expect(page.getByRole("row", { name: /2025 – 2\. čtvrtletí/ })).toBeVisible();
    await shot(page, "care-statistics");
    await expectAccessible(page);
  });

  test("creates a campaign week and sees campaign totals", async ({ page }) => {
    await page.goto("/nabor/kampane");
    await expect(page.getByRole("heading", { level: 1, name: "Kampaně" })).toBeVisible();
    await expect(page.getByTestId("totals-camp-mdr")).toContainText("akcí");
    await shot(page, "campaigns");
    await expectAccessible(page);
    const form = page.getByRole("region", { name: "Nová kampaň" });
    await form.getByLabel("Název").fill("Týden náhradního rodičovství 2027");
    await form.getByLabel("Začátek").fill("2027-10-11");
    await form.getByLabel("Konec").fill("2027-10-04");
    await form
      .getByLabel("Součást kampaně")
      .selectOption({ label: "MÍT DOMOV A RODINU: „Samozřejmost, nebo vzácnost?“" });
    await form.getByRole("button", { name: "Uložit kampaň" }).click();
    await expect(form.getByText("Konec kampaně nesmí být před jejím začátkem.")).toBeVisible();
    await form.getByLabel("Začátek").fill("2027-10-04");
    await form.getByLabel("Konec").fill("2027-10-10");
    await form.getByRole("button", { name: "Uložit kampaň" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Týden náhradního rodičovství 2027" })).toBeVisible();
    await expect(page.getByTestId("campaign-totals")).toContainText("0 akcí");
    await expectAccessible(page);

    await page.goto("/nabor/kampane/camp-tnr-2019");
    await expect(page.getByRole("heading", { level: 1, name: "Týden náhradního rodičovství 2019" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /Akce kampaně/ })).toBeVisible();
    await shot(page, "campaign-detail");
    await expectAccessible(page);
  });
});

test.describe("council", () => {
  test.use({ storageState: stateOf("council") });

  for (const url of [
    "/nabor/programy",
    NRP,
    "/nabor/programy/prog-ka2b",
    "/nabor/statistiky",
    "/nabor/kampane",
    "/nabor/kampane/camp-mdr",
  ]) {
    test(`reads ${url} without any form`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const main = page.getByRole("main");
      await expect(main.getByRole("button")).toHaveCount(0);
      await expect(main.getByRole("textbox")).toHaveCount(0);
      await expect(main.getByRole("combobox")).toHaveCount(0);
      await expect(main.getByRole("spinbutton")).toHaveCount(0);
      await expectAccessible(page);
    });
  }

  test("cannot open the new-programme form", async ({ page }) => {
    const response = await page.goto("/nabor/programy/novy");
    expect(response?.status()).toBe(403);
  });
});
