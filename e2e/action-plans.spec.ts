import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { APP_YEAR } from "./clock";
import { stateOf } from "./users";

// This year's action plan of the 2024–2028 plan (by the app's pinned clock; the demo data may or may not hold it yet:
// it is created if not).
const YEAR = APP_YEAR;
const MEASURE = "1.1.2 Kurzy pro nastávající rodiče v porodnicích kraje";
const TITLE = "Předporodní kurz pro budoucí pěstouny v Semilech";

async function openThisYear(page: Page, create: boolean) {
  await page.goto("/strategicky-plan/akcni-plany");
  await expect(page.getByRole("heading", { level: 1, name: "Akční plány" })).toBeVisible();
  await expectAccessible(page);
  const plan = page.locator('[data-plan="plan-2024-2028"]');
  const link = plan.getByRole("link", { name: `Akční plán ${YEAR}` });
  if (create && (await link.count()) === 0) {
    await plan.getByLabel("Rok").selectOption(String(YEAR));
    await plan.getByRole("button", { name: "Založit akční plán" }).click();
  } else {
    await link.click();
  }
  await expect(page.getByRole("heading", { level: 1, name: `Akční plán ${YEAR}` })).toBeVisible();
}

test.describe("coordinator", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("adds a measure's activity with a budget to this year's action plan and marks it done", async ({ page }) => {
    await openThisYear(page, true);
    await expectAccessible(page);
    const form = page.getByRole("region", { name: "Přidat aktivitu" });

    // Errors appear under their fields, in Czech, and nothing is sent.
    await form.getByLabel("Finanční plán na rok (Kč)").fill("-100");
    await form.getByRole("button", { name: "Přidat aktivitu" }).click();
    await expect(form.getByText("Zadejte částku v Kč od 0 do 1 000 000 000, např. 12 500,50.")).toBeVisible();
    await expect(form.getByText("Vyplňte prosím toto pole.").first()).toBeVisible();
    await expectAccessible(page);

    await form.getByLabel("Opatření").selectOption({ label: MEASURE });
    await expect(form.getByLabel("Odpovědný odbor")).toHaveValue("Krajská nemocnice Liberec, a.s."); // the measure's gestor
    await form.getByLabel("Odpovědný odbor").fill("Odbor sociálních věcí KÚ LK");
    await form.getByLabel("Název aktivity").fill(TITLE);
    await form.getByLabel("Realizující organizace").selectOption({ label: "Centrum pro rodinu NÁRUČ, z.s." });
    await form.getByLabel("Finanční plán na rok (Kč)").fill("45 000,50");
    await form.getByLabel("Ukazatel pro monitoring").fill("Počet absolventů kurzu: 12");
    await form.getByRole("button", { name: "Přidat aktivitu" }).click();
    await expect(form.getByText("Aktivita byla přidána.")).toBeVisible();

    const measure = page.locator('[data-measure="1.1.2"]');
    const rollUp = measure.getByTestId("measure-roll-up");
    await expect(rollUp).toContainText("Splněno 0 z 1");
    await expect(rollUp).toContainText(/Plánováno: 45\s000,50\sKč/);

    const row = measure.getByRole("row").filter({ hasText: TITLE });
    await row.getByLabel("Stav").selectOption({ label: "Splněno" });
    await row.getByLabel("Čerpáno (Kč)").fill("44 800");
    await row.getByRole("button", { name: "Uložit" }).click();
    await expect(row.getByText("Uloženo.")).toBeVisible();
    await expect(rollUp).toContainText(/Splněno 1 z 1 · 100\s%/);
    await expect(rollUp).toContainText(/Čerpáno: 44\s800,00\sKč/);
    await expect(row.getByRole("rowheader")).toContainText(TITLE);
    await expectAccessible(page);
  });
});

test.describe("council", () => {
  test.use({ storageState: stateOf("council") });

  test("reads the action plans and their roll-up, without any form", async ({ page }) => {
    await openThisYear(page, false);
    await expectAccessible(page);
    const main = page.getByRole("main");
    await expect(main.getByRole("button")).toHaveCount(0);
    await expect(main.getByRole("textbox")).toHaveCount(0);
    await expect(main.getByRole("combobox")).toHaveCount(0);
    await expect(page.locator('[data-measure="1.1.2"]').getByTestId("measure-roll-up")).toContainText("Splněno 1 z 1");
    await page.goto("/strategicky-plan/akcni-plany");
    await expect(main.getByRole("button")).toHaveCount(0);
  });
});
