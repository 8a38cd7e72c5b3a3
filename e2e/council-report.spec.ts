import { expect, test, type Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { expectAccessible } from "./axe";
import { confirmedActivities } from "./db";
import { stateOf } from "./users";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ANONYMOUS = { cookies: [], origins: [] };

// The public-page steps depend on each other: off → switched on by the admin → seen anonymously → off again.
test.describe.configure({ mode: "serial" });

async function switchPublicPage(page: Page, on: boolean) {
  await page.goto("/reporty/rada/verejna-stranka");
  const state = page.getByTestId("public-page-state");
  await page.getByRole("button", { name: on ? "Zapnout veřejnou stránku" : "Vypnout veřejnou stránku" }).click();
  await expect(state).toHaveText(on ? "Veřejná stránka je zapnutá." : "Veřejná stránka je vypnutá.");
}

test.describe("council report", () => {
  test.use({ storageState: stateOf("council") });

  test("the council opens the report of the current plan's period, picks another plan and a year, and downloads the PDF and the XLSX", async ({
    page,
  }) => {
    await page.goto("/reporty/rada");
    const title = page.getByRole("heading", { level: 1 });
    const scope = page.getByTestId("report-scope");
    // The current (adopted) plan with the programme of its own period: no other period mixed in.
    await expect(title).toHaveText(
      "Hodnoticí zpráva o plnění rodinné politiky za období 2019–2023 pro Radu Libereckého kraje",
    );
    await expect(scope).toContainText("Program: Plán pro vyhledávání náhradních rodičů 2019–2023");
    await expect(page.getByTestId("report-summary")).toContainText(
      `Potvrzeno ${confirmedActivities("NRP-2019-2023")} z 60 aktivit.`,
    );
    for (const section of [
      "Souhrn",
      "Opatření podle prioritních oblastí",
      "Ukazatele",
      "Vyhledávání náhradních rodičů: aktivity a cíl",
      "Od oslovení k žadatelům o NRP",
      "Pokrytí ORP",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
    }
    // Signals are coloured words.
    await expect(page.getByTestId("report-measures").locator("[data-signal]").first()).toHaveText(
      /(Splněno|Napřed|V plánu|Ohroženo|Mimo plán|Nehodnoceno)$/,
    );
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screenshots/report.png", fullPage: true });

    await page.getByLabel("Strategický plán", { exact: true }).selectOption("plan-2024-2028");
    await page.getByRole("button", { name: "Zobrazit" }).click();
    await expect(page).toHaveURL(/plan=plan-2024-2028/);
    await expect(title).toHaveText(
      "Hodnoticí zpráva o plnění rodinné politiky za období 2024–2028 pro Radu Libereckého kraje",
    );
    await expect(scope).toContainText("Program: Plán pro vyhledávání náhradních rodičů 2024–2028");
    await expect(page.getByTestId("report-summary")).toContainText(
      `Potvrzeno ${confirmedActivities("NRP-2024-2028")} z 60 aktivit.`,
    );

    await page.getByLabel("Období reportu").selectOption("2025");
    await page.getByRole("button", { name: "Zobrazit" }).click();
    await expect(page).toHaveURL(/obdobi=2025/);
    await expect(title).toHaveText("Hodnoticí zpráva o plnění rodinné politiky za rok 2025 pro Radu Libereckého kraje");
    await expectAccessible(page);

    for (const [name, type, file] of [
      ["Stáhnout PDF", "application/pdf", "rada-kraje-report-2024-2028-rok-2025.pdf"],
      ["Export do Excelu", XLSX, "rada-kraje-report-2024-2028-rok-2025.xlsx"],
    ]) {
      const link = page.getByRole("link", { name });
      const response = await page.request.get((await link.getAttribute("href"))!);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe(type);
      expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${file}"`);
      expect((await response.body()).length).toBeGreaterThan(1000);
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toBe(file);
    }
  });

  test("printing hides the app's header and the report's controls", async ({ page }) => {
    await page.goto("/reporty/rada?plan=plan-2024-2028&obdobi=2025");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Hlavní navigace" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Vytisknout" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const pdf = new PDFParse({
      data: new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })),
    });
    const { text, total } = await pdf.getText();
    await pdf.destroy();
    expect(total).toBeGreaterThan(1);
    expect(text).toContain(`Strana 1 z ${total}`);
    expect(text).not.toContain("Hlavní navigace");
    expect(text).not.toContain("Odhlásit se");
  });

  test("an unknown choice falls back to the current plan's whole period and says so", async ({ page }) => {
    expect((await page.goto("/reporty/rada?plan=neni&obdobi=vsechno"))?.status()).toBe(200);
    const notices = page.getByTestId("report-notices");
    await expect(notices).toContainText("Strategický plán „neni“ neexistuje; zpráva ukazuje aktuální plán.");
    await expect(notices).toContainText(
      "Období „vsechno“ neznám (rok, např. 2025, nebo „cele“); zpráva ukazuje celé období.",
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Hodnoticí zpráva o plnění rodinné politiky za období 2019–2023 pro Radu Libereckého kraje",
    );
    const pdf = await page.request.get("/api/reporty/rada?plan=neni&format=pdf");
    expect([pdf.status(), await pdf.text()]).toEqual([400, "Neznámý strategický plán „neni“."]);
  });
});

test.describe("public page while off", () => {
  test.use({ storageState: ANONYMOUS });

  test("anonymous /verejne answers 404", async ({ page }) => {
    expect((await page.goto("/verejne"))?.status()).toBe(404);
  });
});

test.describe("admin switches the public page on", () => {
  test.use({ storageState: stateOf("admin") });

  test("the switch is accessible and turns the page on", async ({ page }) => {
    await page.goto("/reporty/rada/verejna-stranka");
    await expect(page.getByTestId("public-page-state")).toHaveText("Veřejná stránka je vypnutá.");
    await expectAccessible(page);
    await switchPublicPage(page, true);
    await expect(page.getByRole("link", { name: "Otevřít veřejnou stránku" })).toBeVisible();
  });
});

test.describe("public page while on", () => {
  test.use({ storageState: ANONYMOUS });

  test("anonymous visitors see the aggregated numbers and nothing else", async ({ page }) => {
    const done = confirmedActivities("NRP-2024-2028");
    expect((await page.goto("/verejne"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Rodinná politika Libereckého kraje – veřejný přehled plnění",
    );
    await expect(page.getByTestId("public-count")).toHaveText(`${done} z 60 náborových aktivit`);
    await expect(page.getByTestId("public-pace")).toHaveText(
      /^Signál programu jako celku: .?(Splněno|Napřed|V plánu|Ohroženo|Mimo plán|Nehodnoceno)$/,
    );
    await expect(page.getByTestId("public-status").getByRole("row")).toHaveCount(6);
    await expect(page.getByRole("navigation", { name: "Hlavní navigace" })).toHaveCount(0);
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screenshots/verejne.png", fullPage: true });
  });
});

test.describe("admin switches the public page off again", () => {
  test.use({ storageState: stateOf("admin") });

  test("after that, /verejne is 404 again", async ({ page, browser, baseURL }) => {
    await switchPublicPage(page, false);
    const anonymous = await browser.newContext({ baseURL, storageState: ANONYMOUS });
    expect((await (await anonymous.newPage()).goto("/verejne"))?.status()).toBe(404);
    await anonymous.close();
  });
});
